package fr.stages.web.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The network address of the person behind a request, for the rate limits. Behind the reverse proxy the README
 * recommends, every request comes from the proxy: its X-Forwarded-For header names the client, but only a proxy
 * the server trusts may say so (stages.trusted-proxies, set by server-config from STAGES_TRUSTED_PROXIES), or
 * anyone could choose the address their sendings are counted against. The address taken is the last one of the
 * header that is not a trusted proxy: the one the first trusted proxy saw.
 */
public final class ClientAddress {

    private static final Set<String> TRUSTED = Arrays.stream(System.getProperty("stages.trusted-proxies", "")
            .split(",")).map(String::strip).filter(s -> !s.isEmpty() && !s.equals("none")).collect(Collectors.toUnmodifiableSet());

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), TRUSTED);
    }

    static String of(String remote, String forwardedFor, Set<String> trusted) {
        if (!trusted.contains(remote) || forwardedFor == null || forwardedFor.isBlank()) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return remote;
    }
}

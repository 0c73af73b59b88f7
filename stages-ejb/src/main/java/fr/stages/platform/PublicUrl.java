package fr.stages.platform;

import java.util.Optional;

/**
 * The platform's public address as server-config declares it (system property stages.base-url), without a
 * trailing slash: absolute links in mails, feeds, sitemap and structured data are built on it.
 */
public final class PublicUrl {

    private PublicUrl() {
    }

    public static Optional<String> configured() {
        String value = System.getProperty("stages.base-url");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String url = value.strip();
        return Optional.of(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /**
     * The address mails and other messages written outside a request link to: the configured one, or the
     * address of a platform started on this machine by server-config/run.sh.
     */
    public static String forMessages() {
        return configured().orElse("http://localhost:8080");
    }

    /** The address given (a test's server), without its trailing slashes; when null, forMessages(). */
    public static String forMessages(String given) {
        return given == null ? forMessages() : given.replaceAll("/+$", "");
    }

    /**
     * The public address, or the request's own when none is configured (its host then comes from the listener's
     * server name, set by server-config, not from the Host header).
     */
    public static String of(jakarta.servlet.http.HttpServletRequest request) {
        Optional<String> configured = configured();
        if (configured.isPresent()) {
            return configured.get();
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean usual = scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        return scheme + "://" + request.getServerName() + (usual ? "" : ":" + port) + request.getContextPath();
    }
}

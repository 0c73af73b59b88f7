package fr.stages.web.opendata;

import fr.stages.web.http.ClientAddress;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * In front of the API and the open data files, before the page cache (web.xml): other sites' scripts may read
 * them (CORS, GET only, no credentials), only GET, HEAD and the browsers' preflight OPTIONS are answered, and each
 * network address gets stages.api.per-minute requests a minute (STAGES_API_REQUESTS_PER_MINUTE), then 429 with
 * Retry-After until the minute ends — answered from memory, so that a script in a loop costs almost nothing.
 * <p>
 * The counts are this instance's, in windows of a clock minute: behind a load balancer spreading one address over
 * n instances the limit is n times higher, which is enough to stop a loop, not to meter a subscription.
 */
public class ApiGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Beyond this many addresses in one minute, counting stops for the minute rather than filling the memory. */
    private static final int MAX_ADDRESSES = 200_000;

    private final int perMinute = Integer.getInteger("stages.api.per-minute", 600);
    private volatile Window window = new Window(0);

    private record Window(long minute, Map<String, AtomicInteger> counts) {
        Window(long minute) {
            this(minute, new ConcurrentHashMap<>());
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", "ETag, Retry-After");
        String method = request.getMethod();
        if (method.equals("OPTIONS")) {
            response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
            response.setHeader("Access-Control-Allow-Headers", "If-None-Match");
            response.setHeader("Access-Control-Max-Age", "86400");
            response.setHeader("Allow", "GET, HEAD, OPTIONS");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.setHeader("Allow", "GET, HEAD, OPTIONS");
            new ApiProblem(405, "method_not_allowed", null, "method", method).send(response);
            return;
        }
        long now = System.currentTimeMillis();
        int seconds = allowed(ClientAddress.of(request), now);
        if (seconds > 0) {
            response.setHeader("Retry-After", Integer.toString(seconds));
            new ApiProblem(429, "too_many_requests", null, "tooMany", perMinute, seconds).send(response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** 0 when the address may go on, else the seconds until it may. */
    int allowed(String address, long now) {
        long minute = now / 60_000;
        Window current = window;
        if (current.minute() != minute) {
            current = new Window(minute);
            window = current; // two threads may each start the minute: a few of its first requests go uncounted
        }
        if (current.counts().size() >= MAX_ADDRESSES && !current.counts().containsKey(address)) {
            return 0;
        }
        int count = current.counts().computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
        return count <= perMinute ? 0 : (int) Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000);
    }
}

package fr.stages.web.http;

import fr.stages.platform.PublicUrl;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * A form of the back office, or of signing in, sent from another site is refused (403) before Faces reads it:
 * browsers name the page's origin in the Origin header of every POST, and it must be the platform's own: its
 * configured public address (behind a TLS proxy, Payara sees http), or the address the browser asked (a forging
 * site cannot make a visitor's browser send our host with its own origin). The view state already stops most
 * forged sendings; this stops them all, whatever a page's state. A POST without Origin (old browsers, scripts)
 * goes on to Faces.
 */
public class SameOriginPosts extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if ("POST".equals(request.getMethod()) && origin != null && !origin.equalsIgnoreCase(configured())
                && !origin.equalsIgnoreCase(origin(request.getScheme(), request.getServerName(),
                        request.getServerPort()))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The configured public address as an origin; null without one. */
    private static String configured() {
        String base = PublicUrl.configured().orElse(null);
        if (base == null) {
            return null;
        }
        URI uri = URI.create(base);
        return uri.getHost() == null ? null : origin(uri.getScheme(), uri.getHost(), uri.getPort());
    }

    /** scheme://host[:port], lower case, the default port left out as browsers do. */
    static String origin(String scheme, String host, int port) {
        String lower = scheme.toLowerCase(Locale.ROOT);
        boolean usual = port < 0 || ("http".equals(lower) && port == 80) || ("https".equals(lower) && port == 443);
        return lower + "://" + host.toLowerCase(Locale.ROOT) + (usual ? "" : ":" + port);
    }
}

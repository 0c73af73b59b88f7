package fr.stages.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A sending of a candidate form whose files exceed the container's limits (web.xml multipart-config, set above
 * the 5 MB the business explains itself) would end on the error page. This filter reads the parts first; when
 * the container refuses them, it sends the candidate back to the form they came from, which then says that the
 * files were too large and nothing was saved.
 */
@WebFilter(urlPatterns = {"/offers/apply.xhtml", "/spontaneous/apply.xhtml"})
public class UploadLimitFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(UploadLimitFilter.class.getName());
    private static final Set<String> FORMS = Set.of("/offers/apply.xhtml", "/spontaneous/apply.xhtml");
    public static final String PARAMETER = "trop-lourd";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && request.getContentType() != null
                && request.getContentType().toLowerCase().startsWith("multipart/")) {
            try {
                request.getParts();
            } catch (IllegalStateException e) {
                LOG.info(() -> "Envoi refusé par les limites de taille (" + request.getContentLengthLong()
                        + " octets) : " + e.getMessage());
                response.sendRedirect(back(request));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The form's page as the browser showed it (its query string names the offers), with the error flag. */
    private static String back(HttpServletRequest request) {
        String target = request.getContextPath() + request.getServletPath();
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                String path = uri.getRawPath() == null ? "" : uri.getRawPath();
                // only the form's own page on this site: never an address an attacker could choose
                if (path.equals(target) && FORMS.contains(request.getServletPath())
                        && uri.getRawQuery() != null && uri.getRawQuery().matches("[A-Za-z0-9=&%,_.-]{0,300}")) {
                    String query = uri.getRawQuery().replaceAll("(^|&)" + PARAMETER + "=1", "");
                    return target + "?" + (query.isEmpty() ? "" : query + "&") + PARAMETER + "=1";
                }
            } catch (IllegalArgumentException e) {
                // a malformed Referer: the form's page without its query
            }
        }
        return target + "?" + PARAMETER + "=1";
    }
}

package fr.stages.web;

import fr.stages.web.offers.ApplyWithoutFaces;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Every sending of a candidate form is read here rather than by the container.
 * <p>
 * Payara 6 never frees the parts it parses (issue payara/Payara#6324, still open in 6.2025.9: each part registers
 * a Cleaner action that holds the part itself, and the request's recycling deletes nothing). Measured here with
 * 200 KB CVs: about 600 KB of heap kept per application until the server ran out of memory; with parts on disk,
 * still about 1 KB per part, which a sending of thousands of tiny parts would turn into an easy denial of
 * service. MultipartForm splits the body within its limits, fields in memory and files in a temporary file;
 * the application form's sending is then stored without Faces when it goes through (ApplyWithoutFaces), else
 * Faces reads fields and files from it; the file is deleted once the request is done. The Faces servlet has no
 * multipart-config, so the container never parses these bodies.
 * <p>
 * A sending over the size limit brings the candidate back to the form they came from, which says that the
 * files were too large; a body that is not a well-formed form answers 400.
 */
@WebFilter(urlPatterns = {"/offers/apply.xhtml", "/spontaneous/apply.xhtml"})
public class UploadsFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(UploadsFilter.class.getName());
    private static final Set<String> FORMS = Set.of("/offers/apply.xhtml", "/spontaneous/apply.xhtml");
    public static final String PARAMETER = "trop-lourd";
    private static final String APPLY = "/offers/apply.xhtml";

    /**
     * The application form's sending that goes through is stored without Faces (ApplyWithoutFaces); with
     * diagnostic headers on, "X-Stages-Render: faces" sends it to Faces, and the answer says which did it.
     */
    @Inject
    ApplyWithoutFaces withoutFaces;

    private final boolean diagnostics = Boolean.getBoolean("stages.diagnostic-headers");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) || request.getContentType() == null
                || !request.getContentType().toLowerCase().startsWith("multipart/form-data")) {
            chain.doFilter(request, response);
            return;
        }
        File directory = (File) getServletContext().getAttribute(ServletContext.TEMPDIR);
        MultipartForm form;
        try {
            form = MultipartForm.read(request, directory);
        } catch (MultipartForm.TooLargeException e) {
            LOG.info(() -> "Envoi refusé : plus de " + MultipartForm.MAX_BYTES + " octets");
            response.setHeader("Connection", "close"); // beyond what was drained, the body is not read
            response.sendRedirect(back(request));
            return;
        } catch (MultipartForm.MalformedException e) {
            LOG.info(() -> "Envoi mal formé refusé (" + request.getContentLengthLong() + " octets annoncés, "
                    + request.getContentType() + ") : " + e.getMessage());
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try (form) {
            HttpServletRequest read = form.wrap(request);
            boolean apply = APPLY.equals(request.getServletPath());
            if (apply && !(diagnostics && "faces".equals(request.getHeader(PublicPages.RENDER_HEADER)))) {
                if (diagnostics) {
                    response.setHeader(PublicPages.RENDER_HEADER, "direct");
                }
                if (withoutFaces.handled(read, response)) {
                    return;
                }
            }
            if (apply && diagnostics) {
                response.setHeader(PublicPages.RENDER_HEADER, "faces");
            }
            chain.doFilter(read, response);
        }
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

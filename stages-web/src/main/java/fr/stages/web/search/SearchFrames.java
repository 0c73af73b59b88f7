package fr.stages.web.search;

import fr.stages.web.SiteLanguage;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * The search page (the home page), served from its {@link PageFrame}: Faces renders the page once per language
 * with marks (SearchPage.FRAME), and each search fills that frame from its own {@link SearchPage} (PageFrame
 * says why). A frame that turns out unusable (a part missing or repeated) leaves the page to Faces, each time.
 * Declared in web.xml, after the page cache, which keeps the filled pages.
 */
public class SearchFrames extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> PATHS = Set.of("/", "/index.xhtml");
    /** The request attribute telling the search page that it renders as a frame. */
    private static final String RENDERING = SearchFrames.class.getName() + ".rendering";
    /**
     * A response header for tests and operations: whether the page was filled from its frame or rendered by
     * Faces. With it on, a request with "X-Stages-Render: faces" has its page rendered by Faces: PublicSiteIT
     * compares it with the frame's.
     */
    static final String RENDER_HEADER = "X-Stages-Render";

    @Inject
    IndexPage search;

    /** By page and language. */
    private final PageFrames frames = new PageFrames(RENDERING, SearchPage.PARTS);
    private final boolean diagnostics = Boolean.getBoolean("stages.diagnostic-headers");

    /** Whether the page being rendered is the frame: the search page is then SearchPage.FRAME. */
    static boolean rendering(HttpServletRequest request) {
        return request != null && request.getAttribute(RENDERING) != null;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) || !PATHS.contains(request.getServletPath())
                || request.getParameter(SiteLanguage.PARAMETER) != null) {
            chain.doFilter(request, response);
            return;
        }
        if (diagnostics && "faces".equals(request.getHeader(RENDER_HEADER))) {
            response.setHeader(RENDER_HEADER, "faces");
            chain.doFilter(request, response);
            return;
        }
        PageFrame frame = frame(request, response, chain);
        if (response.isCommitted()) {
            return; // the frame's rendering failed: its error page is already on its way
        }
        if (diagnostics) {
            response.setHeader(RENDER_HEADER, frame == null ? "faces" : "frame");
        }
        if (frame == null) {
            chain.doFilter(request, response);
            return;
        }
        byte[] page = frame.fill(search.getPage()::part);
        response.setContentType(frame.contentType());
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    /** The frame in the visitor's language and the page's address (the forms' addresses differ). */
    private PageFrame frame(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String name = request.getServletPath() + "|" + SiteLanguage.preferred(request).getLanguage();
        return frames.get(name, request, response, chain);
    }
}

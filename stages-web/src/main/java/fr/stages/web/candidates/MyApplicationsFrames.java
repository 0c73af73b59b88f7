package fr.stages.web.candidates;

import fr.stages.candidates.boundary.CandidateAccounts;
import fr.stages.candidates.entity.CandidateAccount;
import fr.stages.candidates.entity.CandidateFile;
import fr.stages.web.SiteLanguage;
import fr.stages.web.Texts;
import fr.stages.web.search.PageFrame;
import fr.stages.web.search.PageFrames;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * « Mes candidatures » as a signed-in candidate opens it (a GET without parameters), served from its frame as the
 * search page is (PageFrame): Faces renders the page once per language with a mark where each part that depends
 * on the candidate goes (MyApplicationsParts: the address, the applications, the spontaneous applications), and
 * each visit fills that frame with the candidate's own parts. Faces' rendering was half the page's time (JFR,
 * bench S7). A request with parameters (a confirmation asked, the outcome of a withdrawal) is left to Faces, as is
 * every request when the frame turns out unusable.
 * <p>
 * The frame holds nothing of the candidate whose visit rendered it: every part is a mark while it renders, and
 * the rest of the page is the same for every candidate of one language (account-nav, forms whose view state is
 * "stateless"). Under /compte/: the container lets only the candidate role reach it.
 */
@WebFilter("/compte/candidatures.xhtml")
public class MyApplicationsFrames extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String RENDERING = MyApplicationsFrames.class.getName() + ".rendering";
    /** As for the search page (SearchFrames): "faces" has Faces render the page, for the tests' comparison. */
    static final String RENDER_HEADER = "X-Stages-Render";

    @Inject
    transient CandidateAccounts accounts;

    @Inject
    transient Texts texts;

    /** By language. */
    private final PageFrames frames = new PageFrames(RENDERING, MyApplicationsParts.PARTS);
    private final boolean diagnostics = Boolean.getBoolean("stages.diagnostic-headers");

    /** Whether the page being rendered is the frame: its parts are then marks (CompteCandidaturesPage.part). */
    static boolean rendering(HttpServletRequest request) {
        return request != null && request.getAttribute(RENDERING) != null;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) || request.getQueryString() != null
                || !request.isUserInRole(CandidateAccount.ROLE)) {
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
            return; // the frame's rendering failed: its error page is on its way
        }
        if (diagnostics) {
            response.setHeader(RENDER_HEADER, frame == null ? "faces" : "frame");
        }
        if (frame == null) {
            chain.doFilter(request, response);
            return;
        }
        CandidateFile file = accounts.file();
        MyApplicationsParts parts = new MyApplicationsParts(file, MyApplicationsParts.rows(file, texts), texts,
                request.getContextPath(), null, null);
        byte[] page = frame.fill(parts::part);
        response.setContentType(frame.contentType());
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    private PageFrame frame(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        return frames.get("« Mes candidatures » (" + SiteLanguage.preferred(request).getLanguage() + ")", request,
                response, chain);
    }
}

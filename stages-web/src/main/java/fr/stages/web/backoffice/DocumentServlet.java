package fr.stages.web.backoffice;

import fr.stages.applications.boundary.Applications;
import fr.stages.applications.entity.Document;
import fr.stages.platform.NotFoundException;
import fr.stages.spontaneous.boundary.SpontaneousApplications;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * A candidate's CV or letter, for an agent allowed to read it (/backoffice/documents/{id}, behind the
 * back-office login): an application to an offer the agent manages, or a pool entry open to their direction.
 * A download (attachment, nosniff, a sandbox policy, no caching), or with ?lire=1 shown by the browser's PDF
 * viewer inside the application's page. A file the caller may not read answers 404, like one that does not exist.
 */
@WebServlet("/backoffice/documents/*")
public class DocumentServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(DocumentServlet.class.getName());

    @Inject
    Applications applications;

    @Inject
    SpontaneousApplications spontaneous;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.matches("/[0-9]{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(path.substring(1));
        Document document = readable(id);
        if (document == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!document.intact()) {
            LOG.severe(() -> "Fichier " + id + " altéré : son empreinte SHA-256 ne correspond plus ; non servi");
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            return;
        }
        LOG.info(() -> "Fichier " + id + " (" + document.getKind() + ") lu par " + request.getRemoteUser());
        byte[] content = document.getContent();
        response.setContentType("application/pdf");
        response.setContentLength(content.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if ("1".equals(request.getParameter("lire"))) {
            // read in the application's page: the browser's own PDF viewer, framed by the back office only.
            // Files with scripts, actions or attachments were refused on arrival (PdfCheck), and the viewer does
            // not run page scripts; a sandbox policy would stop Chromium's viewer from showing the file at all.
            response.setHeader("Content-Disposition", "inline; filename=\"" + document.getFileName() + "\"");
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
            response.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
        } else {
            response.setHeader("Content-Disposition", "attachment; filename=\"" + document.getFileName() + "\"");
            response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        }
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(content);
    }

    /** The file if the caller may read it, through an application or through a pool entry; else null. */
    private Document readable(long id) {
        try {
            return applications.document(id);
        } catch (NotFoundException e) {
            try {
                return spontaneous.document(id);
            } catch (NotFoundException again) {
                return null;
            }
        }
    }
}

package fr.stages.web.candidates;

import fr.stages.applications.entity.Upload;
import fr.stages.candidates.boundary.CandidateAccounts;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * One of the signed-in candidate's stored CVs, downloaded (compte/cv.pdf?id=). Another person's, or none: 404
 * (web.xml guards /compte/* for the candidate role). Sent as an attachment never sniffed nor kept by a cache.
 */
@WebServlet("/compte/cv.pdf")
public class StoredCvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CandidateAccounts accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Upload> found = Downloads.mine(request.getParameter("id"), accounts::storedCvFile, response);
        if (found.isEmpty()) {
            return;
        }
        Upload file = found.get();
        response.setContentType("application/pdf");
        // the name is the platform's safe label of the file (letters, digits, . _ -)
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }
}

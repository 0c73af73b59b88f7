package fr.stages.web.candidates;

import fr.stages.applications.control.PdfCheck;
import fr.stages.candidates.boundary.CandidateAccounts;
import fr.stages.platform.BusinessException;
import fr.stages.platform.FieldError;
import fr.stages.platform.InvalidInputException;
import fr.stages.web.Texts;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The sending of a new CV to keep (compte/profil.xhtml's multipart form): read like the candidate forms
 * ({@link Sending}: within limits, nothing written to disk), kept by the business; kept → back to the page,
 * which says so; refused → the page is rendered with each reason next to its field (the name typed is kept).
 * Reached only by a signed-in candidate (web.xml guards /compte/*) from this site (SameOriginPosts runs first).
 */
@WebFilter("/compte/profil.xhtml")
public class StoredCvHandler extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(StoredCvHandler.class.getName());

    @Inject
    CandidateAccounts accounts;

    @Inject
    CompteProfilPage page;

    @Inject
    Texts texts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!Sending.isMultipartPost(request)) {
            chain.doFilter(request, response);
            return;
        }
        Map<String, String> errors = new HashMap<>();
        String name = null;
        try {
            Sending sending = Sending.read(request);
            name = sending.text("cvName");
            accounts.storeCv(name, sending.file("cvFile"));
            response.sendRedirect(request.getContextPath() + request.getServletPath() + "?"
                    + CompteProfilPage.CV_STORED + "=1#cvs-title");
            return;
        } catch (Sending.TooLargeException e) {
            response.setHeader("Connection", "close");
            errors.put("cvFile", texts.error("document.tooLarge", PdfCheck.MAX_MEGABYTES));
        } catch (Sending.MalformedException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                errors.putIfAbsent(error.field(), texts.error(error.key(), error.arguments()));
            }
        } catch (BusinessException e) {
            errors.put("", texts.error(e.key(), e.arguments()));
        } catch (EJBException e) {
            LOG.warning(() -> "CV non enregistré : " + e);
            errors.put("", texts.get("candidate.cvs.failed"));
        }
        page.uploadRefused(name, errors);
        chain.doFilter(request, response); // the page, rendered with the reasons
    }
}

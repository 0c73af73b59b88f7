package fr.stages.web.candidates;

import fr.stages.applications.entity.Application;
import fr.stages.candidates.boundary.CandidateAccounts;
import fr.stages.platform.BusinessException;
import fr.stages.platform.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * POST /compte/retrait: the confirmation of « Mes candidatures » (MyApplicationsHtml, MyApplicationsParts)
 * withdraws one of the signed-in candidate's applications (candidature=id) or spontaneous applications
 * (spontanee=id), then sends the browser back to the page, which says what happened (?retiree=reference,
 * ?retiree-spontanee=reference, or ?erreur=…). « Annuler » only goes back. Under /compte/: for the candidate role only
 * (web.xml); a form sent from another site is refused by SameOriginPosts and carries no session cookie
 * (SameSite=Lax); the account is the caller's, and another person's application is not found.
 */
@WebServlet(WithdrawServlet.PATH)
public class WithdrawServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/compte/retrait";

    @Inject
    transient CandidateAccounts accounts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String page = request.getContextPath() + "/compte/candidatures.xhtml";
        String spontaneous = request.getParameter("spontanee");
        if (spontaneous != null) {
            response.sendRedirect(page + withdrawSpontaneous(request, spontaneous));
            return;
        }
        String id = request.getParameter("candidature");
        if (!"confirmer".equals(request.getParameter("action")) || id == null || !id.matches("[0-9]{1,18}")) {
            response.sendRedirect(page);
            return;
        }
        String then;
        try {
            Application application = accounts.withdraw(Long.parseLong(id));
            String reference = application.getReference();
            then = "?retiree=" + encode(reference) + "#candidature-" + encode(reference);
        } catch (BusinessException e) { // answered meanwhile: application.withdraw.answered, with the reference
            Object[] arguments = e.arguments();
            then = "?erreur=repondue&reference=" + encode(arguments.length > 0 ? String.valueOf(arguments[0]) : "");
        } catch (NotFoundException e) {
            then = "?erreur=introuvable";
        } catch (EJBException e) {
            if (e.getCause() instanceof NotFoundException) {
                then = "?erreur=introuvable";
            } else {
                throw e;
            }
        }
        response.sendRedirect(page + then);
    }

    /** The same for a spontaneous application (?retiree-spontanee=reference). */
    private String withdrawSpontaneous(HttpServletRequest request, String id) {
        if (!"confirmer".equals(request.getParameter("action")) || !id.matches("[0-9]{1,18}")) {
            return "";
        }
        try {
            return "?retiree-spontanee=" + encode(accounts.withdrawSpontaneous(Long.parseLong(id)).getReference());
        } catch (NotFoundException e) {
            return "?erreur=introuvable";
        } catch (EJBException e) {
            if (e.getCause() instanceof NotFoundException) {
                return "?erreur=introuvable";
            }
            throw e;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

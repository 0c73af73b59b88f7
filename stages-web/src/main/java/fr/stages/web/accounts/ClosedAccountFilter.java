package fr.stages.web.accounts;

import fr.stages.accounts.boundary.Agents;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A session opened before its account was closed, or before its password was changed (in another session, or by
 * a mailed link: someone who had the old password keeps nothing), ends at its next back-office request: logged
 * out, session gone, back to the login page saying why. (The business beans refuse a closed account anyway:
 * Agents.current.) The session remembers the password's mark (Agent.passwordMark) from its first request.
 */
@WebFilter(urlPatterns = "/backoffice/*")
public class ClosedAccountFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The session attribute holding the mark of the password the session logged in with. */
    public static final String PASSWORD_MARK = "stages.passwordMark";

    @EJB
    Agents agents;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            String mark;
            try {
                mark = agents.current().passwordMark();
            } catch (EJBAccessException closed) {
                SignIn.endSession(request);
                response.sendRedirect(request.getContextPath() + "/login.xhtml?compte=ferme");
                return;
            }
            jakarta.servlet.http.HttpSession session = request.getSession();
            Object known = session.getAttribute(PASSWORD_MARK);
            if (known == null) {
                session.setAttribute(PASSWORD_MARK, mark);
            } else if (!known.equals(mark)) {
                SignIn.endSession(request);
                response.sendRedirect(request.getContextPath() + "/login.xhtml?motdepasse=change");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}

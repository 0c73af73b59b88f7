package fr.stages.web;

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
 * A session opened before its account was closed ends at its next back-office request: logged out, session
 * gone, back to the login page saying why. (The business beans refuse such a caller anyway: Agents.current.)
 */
@WebFilter(urlPatterns = "/backoffice/*")
public class ClosedAccountFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @EJB
    Agents agents;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            try {
                agents.current();
            } catch (EJBAccessException closed) {
                LoginBacking.endSession(request);
                response.sendRedirect(request.getContextPath() + "/login.xhtml?compte=ferme");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}

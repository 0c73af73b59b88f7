package fr.stages.web.alerts;

import fr.stages.alerts.boundary.Alerts;
import fr.stages.platform.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * /alertes/arret?alerte=&amp;cle=: the unsubscribe address of every digest. A POST stops the alert at once: the
 * one-click unsubscribe of RFC 8058 (the mail client posts "List-Unsubscribe=One-Click", without cookies nor page:
 * answered 200 in plain text), or the button of the page below (answered by that page). A GET changes nothing
 * (mail scanners open links): it shows the page with its button. Stopped already: the same answer. Without a
 * session and from any site, on purpose: the key in the address is the authority, and stopping is all it does.
 */
@WebServlet("/alertes/arret")
public class AlertStopServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/alertes/arret.xhtml";

    @Inject
    transient Alerts alerts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.getRequestDispatcher(PAGE).forward(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("alerte");
        String key = request.getParameter("cle");
        boolean oneClick = "One-Click".equals(request.getParameter("List-Unsubscribe"));
        Optional<String> stopped;
        try {
            if (id == null || !id.matches("[0-9]{1,18}")) {
                throw new NotFoundException("alert " + id);
            }
            stopped = alerts.stop(Long.parseLong(id), key);
        } catch (NotFoundException | EJBException e) {
            if (e instanceof EJBException && !(e.getCause() instanceof NotFoundException)) {
                throw e;
            }
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        if (oneClick) {
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write(stopped.isPresent() ? "Alerte arrêtée / alert stopped\n"
                    : "Alerte déjà arrêtée / alert already stopped\n");
            return;
        }
        response.sendRedirect(request.getContextPath() + PAGE + "?arretee="
                + URLEncoder.encode(stopped.orElse(""), StandardCharsets.UTF_8));
    }
}

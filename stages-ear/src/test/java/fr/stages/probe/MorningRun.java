package fr.stages.probe;

import fr.stages.alerts.boundary.Alerts;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test-only module: runs the search alerts' digests now, as the morning timer does (without the day's claim,
 * so that a test can run them several times), and answers what the run did.
 */
@WebServlet("/alerts")
public class MorningRun extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Alerts alerts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String run = alerts.digests().toString();
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().write(run);
    }
}

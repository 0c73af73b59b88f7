package fr.stages.web.candidates;

import fr.stages.candidates.boundary.CandidateAccounts;
import fr.stages.platform.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The interview of one of the signed-in candidate's applications, as a calendar file (.ics) to add to their own
 * calendar. Another person's application, or an application without an interview: 404 (web.xml guards
 * /compte/* for the candidate role).
 */
@WebServlet("/compte/entretien.ics")
public class InterviewCalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CandidateAccounts accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String calendar;
        try {
            calendar = accounts.interviewCalendar(Long.parseLong(String.valueOf(request.getParameter("candidature"))));
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBException e) {
            if (e.getCause() instanceof NotFoundException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"entretien.ics\"");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(calendar.getBytes(StandardCharsets.UTF_8));
    }
}

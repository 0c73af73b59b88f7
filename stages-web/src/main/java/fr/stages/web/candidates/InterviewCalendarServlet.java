package fr.stages.web.candidates;

import fr.stages.candidates.boundary.CandidateAccounts;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
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
        Optional<String> found = Downloads.mine(request.getParameter("candidature"), accounts::interviewCalendar,
                response);
        if (found.isEmpty()) {
            return;
        }
        String calendar = found.get();
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"entretien.ics\"");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(calendar.getBytes(StandardCharsets.UTF_8));
    }
}

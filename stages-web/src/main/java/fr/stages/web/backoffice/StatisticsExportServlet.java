package fr.stages.web.backoffice;

import fr.stages.platform.BusinessException;
import fr.stages.platform.NotFoundException;
import fr.stages.statistics.boundary.Statistics;
import fr.stages.statistics.entity.Dashboard;
import fr.stages.web.Texts;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A table of the statistics page as a file: /backoffice/statistics-export?tableau=metiers&format=xlsx&du=…, the
 * page's own parameters. Under /backoffice/ (signed-in agents only, web.xml), and the boundary holds each agent to
 * their scope: another direction's id is not found (404), as on the page.
 */
@WebServlet("/backoffice/statistics-export")
public class StatisticsExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    Statistics statistics;

    @Inject
    Texts texts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String table = request.getParameter("tableau");
        String format = request.getParameter("format");
        if (!StatisticsTables.IDS.contains(table) || !("csv".equals(format) || "xlsx".equals(format))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Dashboard dashboard;
        try {
            StatisticsAsked asked = StatisticsAsked.of(request.getParameterMap());
            dashboard = statistics.dashboard(asked.period(), asked.direction(), asked.service());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, texts.error(e.key(), e.arguments()));
            return;
        }
        StatTable chosen = new StatisticsTables(texts).one(dashboard, table);
        if (chosen == null) { // the whole site's searches, asked for a direction's dashboard
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = "statistiques-" + table + "-" + dashboard.period().from() + "-" + dashboard.period().to();
        response.setHeader("Cache-Control", "no-store");
        if (format.equals("csv")) {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
            StatExports.csv(chosen, response.getOutputStream());
        } else {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
            StatExports.xlsx(chosen, response.getOutputStream());
        }
    }
}

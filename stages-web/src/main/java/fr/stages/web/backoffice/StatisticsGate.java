package fr.stages.web.backoffice;

import fr.stages.web.SiteLanguage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The statistics page and its exports, a few at a time (stages.statistics.concurrent, 1 by default): what they
 * cost must never slow the candidates (issue 25). Without it, four agents reloading the city's dashboard took a
 * core of the two the candidates' applications need (bench S4 under dashboards); with it, they wait for one
 * another, which on a dashboard already computed is a matter of milliseconds. Those who would wait longer than
 * WAIT_SECONDS are told to come back (503 with Retry-After) rather than held.
 */
public class StatisticsGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final int WAIT_SECONDS = 30;

    private final Semaphore permits = new Semaphore(Math.max(1, Integer.getInteger("stages.statistics.concurrent", 1)),
            true);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            response.setHeader("Retry-After", "10");
            response.setContentType("text/plain;charset=UTF-8");
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.getWriter().write("fr".equals(SiteLanguage.preferred(request).getLanguage())
                    ? "Les statistiques sont très demandées en ce moment : réessayez dans quelques secondes."
                    : "Statistics are in great demand right now: try again in a few seconds.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}

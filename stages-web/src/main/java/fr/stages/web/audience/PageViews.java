package fr.stages.web.audience;

import fr.stages.search.entity.Filter;
import fr.stages.statistics.boundary.Audience;
import fr.stages.statistics.control.AudienceCounts;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Counts the views of the search page and of the offers' pages as they are served, before the page cache (which
 * answers most of them): a page is counted when it was given (200) or was already in the browser (304), not when
 * refused or gone; robots that say so and pages fetched ahead of a click (prefetch) are not counted. A search is
 * counted once, on its first page of results, with its keywords and job families. Nothing about the visitor is
 * read or kept, and no cookie set: counts only (statistics.boundary.Audience).
 */
public class PageViews extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SEARCH = Set.of("/", "/index.xhtml");
    private static final String OFFER = "/offers/offer.xhtml";
    private static final Pattern ROBOT = Pattern.compile("(?i)bot\\b|bot/|crawl|spider|slurp|facebookexternalhit|preview");

    @EJB
    Audience audience;

    private transient AudienceCounts counts;

    @Override
    public void init() {
        counts = audience.counts();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        String path = request.getServletPath();
        boolean search = SEARCH.contains(path);
        if (!search && !OFFER.equals(path) || !"GET".equals(request.getMethod()) || !counted(request, response)) {
            return;
        }
        if (search) {
            counts.searchViewed();
            String page = request.getParameter("page");
            if (page == null || "1".equals(page)) {
                counts.searched(request.getParameter("q"), jobFamilies(request));
            }
        } else {
            Long id = number(request.getParameter("id"));
            if (id != null) {
                counts.offerViewed(id);
            }
        }
    }

    /** A page given or already held, to someone who is not a robot nor fetching ahead. */
    static boolean counted(HttpServletRequest request, HttpServletResponse response) {
        int status = response.getStatus();
        if (status != HttpServletResponse.SC_OK && status != HttpServletResponse.SC_NOT_MODIFIED) {
            return false;
        }
        String agent = request.getHeader("User-Agent");
        if (agent != null && ROBOT.matcher(agent).find()) {
            return false;
        }
        String purpose = String.valueOf(request.getHeader("Sec-Purpose")) + request.getHeader("Purpose")
                + request.getHeader("X-Moz");
        return !purpose.contains("prefetch");
    }

    private static Set<Long> jobFamilies(HttpServletRequest request) {
        String[] values = request.getParameterValues(Filter.JOB_FAMILY.parameter());
        Set<Long> ids = new HashSet<>();
        if (values != null) {
            for (String value : values) {
                Long id = number(value);
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    private static Long number(String value) {
        if (value == null || value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(value);
    }
}

package fr.stages.statistics.entity;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything a dashboard shows for a period and a scope, with the same figures a year earlier, and the office's
 * target of interns when the period is a school year of the whole city; the public audience (views, the offers
 * most viewed with their applications, the searches that found almost nothing: those of the whole site, empty
 * for a direction or a service).
 */
public record Dashboard(StatisticsPeriod period, StatisticsScope scope, Figures figures, Figures yearBefore,
                        Funnel funnel, List<ResponseTime> responseTimes, List<Breakdown> jobFamilies,
                        List<Breakdown> levels, List<Breakdown> months, List<Breakdown> durations, Visits visits,
                        Visits visitsBefore, List<OfferAudience> mostViewed, List<SearchGap> searchGaps,
                        Integer target, LocalDateTime computedAt) {

    /** The same figures with the office's target (read at each request: it may have just been set). */
    public Dashboard withTarget(Integer interns) {
        return new Dashboard(period, scope, figures, yearBefore, funnel, responseTimes, jobFamilies, levels, months,
                durations, visits, visitsBefore, mostViewed, searchGaps, interns, computedAt);
    }
}

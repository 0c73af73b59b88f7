package fr.stages.statistics.entity;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything a dashboard shows for a period and a scope, with the same figures a year earlier, and the office's
 * target of interns when the period is a school year of the whole city.
 */
public record Dashboard(StatisticsPeriod period, StatisticsScope scope, Figures figures, Figures yearBefore,
                        Funnel funnel, List<ResponseTime> responseTimes, List<Breakdown> jobFamilies,
                        List<Breakdown> levels, List<Breakdown> months, List<Breakdown> durations, Integer target,
                        LocalDateTime computedAt) {

    /** The same figures with the office's target (read at each request: it may have just been set). */
    public Dashboard withTarget(Integer interns) {
        return new Dashboard(period, scope, figures, yearBefore, funnel, responseTimes, jobFamilies, levels, months,
                durations, interns, computedAt);
    }
}

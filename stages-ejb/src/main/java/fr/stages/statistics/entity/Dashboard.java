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
}

package fr.stages.statistics.entity;

/**
 * How fast one direction (office's view) or one service (a direction's view) answered the applications received
 * in the period: how many, how many answered, median and 90th percentile of the days until the first answer,
 * and the share still unanswered when the direction's delay ran out.
 */
public record ResponseTime(String unit, int applications, int answered, Integer medianDays, Integer p90Days,
                           int eligible, int late) {

    public Double lateShare() {
        return eligible == 0 ? null : (double) late / eligible;
    }
}

package fr.stages.statistics.entity;

/**
 * The headline figures of a period: offers published and their places (paid ones, weeks in all), applications
 * received to offers and spontaneous ones, interns accepted, and the answers: how many had one, in how many days
 * (median and 90th percentile, whole days), and among those whose direction's delay has passed, how many waited
 * longer (late).
 */
public record Figures(int offers, int places, int paidOffers, int offerWeeks, int applications, int spontaneous,
                      int accepted, int answered, Integer medianDays, Integer p90Days, int eligible, int late) {

    public Double applicationsPerOffer() {
        return offers == 0 ? null : (double) applications / offers;
    }

    public Double paidShare() {
        return offers == 0 ? null : (double) paidOffers / offers;
    }

    public Double averageWeeks() {
        return offers == 0 ? null : (double) offerWeeks / offers;
    }

    /** The share of applications past their direction's delay that had no answer within it. */
    public Double lateShare() {
        return eligible == 0 ? null : (double) late / eligible;
    }
}

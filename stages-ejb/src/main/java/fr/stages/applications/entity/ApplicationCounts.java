package fr.stages.applications.entity;

/**
 * How many applications an offer has, how many are new (not opened yet) and how many wait for an answer longer
 * than the offer's direction allows: what the back-office list of offers shows beside each.
 */
public record ApplicationCounts(long total, long fresh, long late) {

    /** An offer without applications. */
    public static final ApplicationCounts NONE = new ApplicationCounts(0, 0, 0);
}

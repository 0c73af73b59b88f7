package fr.stages.statistics.entity;

/**
 * One offer's audience in a period: the views of its page, the first day they were counted (since), the
 * applications it received from that day, and how many of those views turned into an application.
 */
public record OfferAudience(long offerId, String reference, String title, long views, java.time.LocalDate since,
                            int applications) {

    /** Applications per hundred views; null without views. */
    public Double applicationsPerHundredViews() {
        return views == 0 ? null : 100.0 * applications / views;
    }
}

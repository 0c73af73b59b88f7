package fr.stages.offers.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A line of the back-office list of a direction's offers (their applications are counted by the applications
 * capability: Applications.countsOfMyOffers).
 */
public record OfferRow(long id, String reference, String title, String serviceName, String directionCode,
                       OfferStatus status, LocalDate applicationDeadline, LocalDateTime updatedAt) {

    /** Whether candidates can apply to it that day, as on Offer.isVisibleToPublic. */
    public boolean isOpenOn(LocalDate today) {
        return Offer.isOpen(status, applicationDeadline, today);
    }
}

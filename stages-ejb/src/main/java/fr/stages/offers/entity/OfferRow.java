package fr.stages.offers.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A line of the back-office list of a direction's offers: with how many applications it has, how many are new
 * (not opened yet) and how many wait for an answer longer than the direction allows.
 */
public record OfferRow(long id, String reference, String title, String serviceName, String directionCode,
                       OfferStatus status, LocalDate applicationDeadline, LocalDateTime updatedAt,
                       long applications, long fresh, long late) {

    /** Whether candidates can apply to it that day, as on Offer.isVisibleToPublic. */
    public boolean isOpenOn(LocalDate today) {
        return Offer.isOpen(status, applicationDeadline, today);
    }
}

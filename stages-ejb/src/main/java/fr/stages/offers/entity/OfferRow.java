package fr.stages.offers.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A line of the back-office list of a direction's offers. */
public record OfferRow(long id, String reference, String title, String serviceName, String directionCode,
                       OfferStatus status, LocalDate applicationDeadline, LocalDateTime updatedAt,
                       long applications) {
}

package fr.stages.offers.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A line of the public list of offers: what a candidate scans before opening one. */
public record OfferSummary(long id, String title, String directionName, String placeName, String postalCode,
                           LocalDate start, int weeks, int weeklyHours, boolean paid, EducationLevel educationLevel,
                           LocalDateTime publishedAt) {
}

package fr.stages.search.entity;

import fr.stages.offers.entity.EducationLevel;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** What the search index keeps of an offer online: everything a result line shows and every filter reads. */
public record IndexedOffer(long id, String reference, String title, String excerpt, String directionCode,
                           String directionName, String serviceName, long jobFamilyId, String jobFamilyName,
                           String placeCode, String placeName, String postalCode, LocalDate start, int weeks,
                           int weeklyHours, boolean paid, EducationLevel educationLevel, boolean remotePossible,
                           int positions, LocalDate applicationDeadline, LocalDateTime publishedAt) {

    private static final int EXCERPT_LENGTH = 220;

    /** The beginning of the missions, cut at a word, for the result list. */
    public static String excerpt(String missions) {
        String flat = missions.replaceAll("\\s+", " ").strip();
        if (flat.length() <= EXCERPT_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', EXCERPT_LENGTH);
        return flat.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH) + " …";
    }
}

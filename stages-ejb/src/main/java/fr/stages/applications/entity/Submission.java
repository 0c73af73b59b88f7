package fr.stages.applications.entity;

import java.util.List;

/** What one sending of the form created: an application per offer, each with its reference. */
public record Submission(String key, String email, List<Sent> applications) {

    /** One application of the sending. */
    public record Sent(String reference, long offerId, String offerTitle, String directionName) {
    }
}

package fr.stages.candidates.entity;

import fr.stages.applications.entity.Candidate;
import fr.stages.offers.entity.EducationLevel;

/**
 * What the application forms are filled with for a signed-in candidate: their address, and the identity and
 * studies of the latest application or spontaneous application they sent (null fields when none was sent).
 */
public record Profile(String email, String firstName, String lastName, String phone, String school, String course,
                      EducationLevel educationLevel) {

    public static Profile of(String email, Candidate latest) {
        return latest == null ? new Profile(email, null, null, null, null, null, null)
                : new Profile(email, latest.getFirstName(), latest.getLastName(), latest.getPhone(),
                        latest.getSchool(), latest.getCourse(), latest.getEducationLevel());
    }
}

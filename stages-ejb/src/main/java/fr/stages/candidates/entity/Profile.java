package fr.stages.candidates.entity;

import fr.stages.applications.entity.ApplicationForm;
import fr.stages.applications.entity.Candidate;
import fr.stages.offers.entity.EducationLevel;
import fr.stages.platform.FieldError;
import fr.stages.platform.SingleLine;
import java.util.ArrayList;
import java.util.List;

/**
 * What the application forms are filled with for a signed-in candidate: their address, and the identity and
 * studies they saved in their profile or, until they do, those of the latest application or spontaneous
 * application they sent (null fields when none). Every field is optional; what is typed is checked as the forms
 * check it, so that a profile never fills a form with something the form refuses.
 */
public record Profile(String email, String firstName, String lastName, String phone, String school, String course,
                      EducationLevel educationLevel) {

    public static Profile of(String email, Candidate latest) {
        return latest == null ? new Profile(email, null, null, null, null, null, null)
                : new Profile(email, latest.getFirstName(), latest.getLastName(), latest.getPhone(),
                        latest.getSchool(), latest.getCourse(), latest.getEducationLevel());
    }

    /** Every problem of the profile as typed, field by field (the fields' names are the forms'). */
    public List<FieldError> errors() {
        List<FieldError> errors = new ArrayList<>();
        length(errors, "firstName", firstName, ApplicationForm.NAME_LENGTH);
        length(errors, "lastName", lastName, ApplicationForm.NAME_LENGTH);
        if (clean(phone) != null && !phone.strip().matches("[0-9 +().-]{6,30}")) {
            errors.add(new FieldError("phone", "application.phone.invalid"));
        }
        length(errors, "school", school, ApplicationForm.TEXT_LENGTH);
        length(errors, "course", course, ApplicationForm.TEXT_LENGTH);
        return errors;
    }

    private static void length(List<FieldError> errors, String field, String value, int max) {
        if (clean(value) != null && clean(value).length() > max) {
            errors.add(new FieldError(field, "application." + field + ".tooLong", max));
        }
    }

    /** A typed value on one line, or null when blank. */
    static String clean(String value) {
        return value == null || SingleLine.of(value).isEmpty() ? null : SingleLine.of(value);
    }
}

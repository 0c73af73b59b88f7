package fr.stages.applications.entity;

import fr.stages.platform.EmailAddress;
import fr.stages.offers.entity.EducationLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** Who applies, as the form collects it: nothing more than a recruitment needs (no birth date, no photo). */
@Embeddable
public class Candidate {

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(length = 30)
    private String phone;

    @Column(nullable = false, length = 200)
    private String school;

    @Column(nullable = false, length = 200)
    private String course;

    @Enumerated(EnumType.STRING)
    @Column(name = "education_level", nullable = false, length = 20)
    private EducationLevel educationLevel;

    /** The language mails to this candidate are written in (fr or en). */
    @Column(nullable = false, length = 5)
    private String language;

    protected Candidate() {
    }

    public Candidate(String firstName, String lastName, String email, String phone, String school, String course,
                     EducationLevel educationLevel, String language) {
        this.firstName = Objects.requireNonNull(firstName);
        this.lastName = Objects.requireNonNull(lastName);
        this.email = Objects.requireNonNull(email).trim().toLowerCase();
        this.phone = phone;
        this.school = Objects.requireNonNull(school);
        this.course = Objects.requireNonNull(course);
        this.educationLevel = Objects.requireNonNull(educationLevel);
        this.language = "en".equals(language) ? "en" : "fr";
    }

    /**
     * What stays of a candidate who asked for their data to be erased: their level of studies and language only
     * (anonymous statistics), a name that says what happened to the directions that read the application, and an
     * address that reaches nobody (RFC 2606 .invalid), unique so that the offer keeps one application per address.
     */
    public static Candidate erased(long applicationId, EducationLevel educationLevel, String language) {
        return new Candidate(ERASED_FIRST_NAME, ERASED_LAST_NAME, "efface-" + applicationId + "@efface.invalid", null,
                "—", "—", educationLevel, language);
    }

    public static final String ERASED_FIRST_NAME = "Retirée et effacée";
    public static final String ERASED_LAST_NAME = "à la demande de la personne";

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public String getEmail() {
        return email;
    }

    /** The address to write to (stored as checked when the candidate applied). */
    public EmailAddress emailAddress() {
        return EmailAddress.of(email);
    }

    public String getPhone() {
        return phone;
    }

    public String getSchool() {
        return school;
    }

    public String getCourse() {
        return course;
    }

    public EducationLevel getEducationLevel() {
        return educationLevel;
    }

    public String getLanguage() {
        return language;
    }
}

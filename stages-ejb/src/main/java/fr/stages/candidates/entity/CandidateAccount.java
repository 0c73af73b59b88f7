package fr.stages.candidates.entity;

import fr.stages.applications.entity.ApplicationForm;
import fr.stages.offers.entity.EducationLevel;
import fr.stages.platform.CityTime;
import fr.stages.platform.EmailAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A candidate's account: an address its owner proved by opening a sign-in link sent to it. It holds no
 * password; the container knows its owner as the caller {@link #principalName(long)} in the role {@link #ROLE}, a
 * role no agent has, so that a candidate's session reaches nothing of the back office and an agent's nothing of
 * a candidate's pages.
 */
@Entity
@Table(name = "candidate_account")
@NamedQuery(name = CandidateAccount.BY_EMAIL, query = "select a from CandidateAccount a where a.email = :email")
public class CandidateAccount {

    public static final String BY_EMAIL = "CandidateAccount.byEmail";
    /** The role of a signed-in candidate (web.xml and the domain's group mapping know it by that name). */
    public static final String ROLE = "candidate";
    /** Callers named so are candidates (agents are named by their login, an address: never with this prefix). */
    private static final String PRINCIPAL_PREFIX = "candidate:";

    @Id
    @SequenceGenerator(name = "candidate_account_seq", sequenceName = "candidate_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candidate_account_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = EmailAddress.LENGTH)
    private String email;

    /** The language the candidate last signed in with: their mails are written in it. */
    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_sign_in_at", nullable = false)
    private LocalDateTime lastSignInAt;

    // the profile the forms start from, as the candidate last saved it (each null until then)
    @Column(name = "first_name", length = ApplicationForm.NAME_LENGTH)
    private String firstName;

    @Column(name = "last_name", length = ApplicationForm.NAME_LENGTH)
    private String lastName;

    @Column(length = 30)
    private String phone;

    @Column(length = ApplicationForm.TEXT_LENGTH)
    private String school;

    @Column(length = ApplicationForm.TEXT_LENGTH)
    private String course;

    @Enumerated(EnumType.STRING)
    @Column(name = "education_level", length = 20)
    private EducationLevel educationLevel;

    protected CandidateAccount() {
    }

    public CandidateAccount(EmailAddress email, String language) {
        this.email = email.value();
        this.language = "en".equals(language) ? "en" : "fr";
        this.createdAt = CityTime.now();
        this.lastSignInAt = createdAt;
    }

    /** The owner proved the address again (a link opened), in that language. */
    public void signedIn(String language) {
        this.language = "en".equals(language) ? "en" : "fr";
        this.lastSignInAt = CityTime.now();
    }

    /**
     * The candidate saved their profile (the address is the one they proved, not part of it): call with a profile
     * whose {@link Profile#errors()} is empty. Blank fields are cleared.
     */
    public void saveProfile(Profile profile) {
        this.firstName = Profile.clean(profile.firstName());
        this.lastName = Profile.clean(profile.lastName());
        this.phone = Profile.clean(profile.phone());
        this.school = Profile.clean(profile.school());
        this.course = Profile.clean(profile.course());
        this.educationLevel = profile.educationLevel();
    }

    /** Whether the candidate ever saved a profile: then it is what the forms start from. */
    public boolean hasProfile() {
        return firstName != null || lastName != null || phone != null || school != null || course != null
                || educationLevel != null;
    }

    /** The saved profile, with the account's address. */
    public Profile profile() {
        return new Profile(email, firstName, lastName, phone, school, course, educationLevel);
    }

    /** The name the container gives the owner of the account of that id. */
    public static String principalName(long accountId) {
        return PRINCIPAL_PREFIX + accountId;
    }

    /** The account a caller's name designates, if it is a candidate's. */
    public static Optional<Long> idOf(String principalName) {
        if (principalName == null || !principalName.startsWith(PRINCIPAL_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(principalName.substring(PRINCIPAL_PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getLastSignInAt() {
        return lastSignInAt;
    }
}

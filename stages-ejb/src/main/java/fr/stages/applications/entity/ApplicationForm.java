package fr.stages.applications.entity;

import fr.stages.platform.SingleLine;
import fr.stages.platform.EmailAddress;
import fr.stages.offers.entity.EducationLevel;
import fr.stages.platform.BusinessException;
import fr.stages.platform.CityTime;
import fr.stages.platform.FieldError;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a candidate types in the application form, as typed: checked as a whole so that the page can show
 * every problem next to its field at once. Nothing more is asked than what handling an application needs (no
 * birth date, photo, social security number or family details).
 */
public class ApplicationForm implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int NAME_LENGTH = 100;
    public static final int TEXT_LENGTH = 200;
    public static final int MESSAGE_LENGTH = 5000;

    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private String school;
    private String course;
    private EducationLevel educationLevel;
    private LocalDate wishedStart;
    private LocalDate wishedEnd;
    private Convention convention;
    private String message;
    private boolean talentPool;
    private String language = "fr";

    /** Every problem of the form, field by field, in the order of the page. */
    public List<FieldError> errors() {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "firstName", firstName, NAME_LENGTH);
        required(errors, "lastName", lastName, NAME_LENGTH);
        if (blank(email)) {
            errors.add(new FieldError("email", "application.email.required"));
        } else {
            try {
                EmailAddress.of(email);
            } catch (BusinessException e) {
                errors.add(new FieldError("email", "application.email.invalid", email.strip()));
            }
        }
        if (!blank(phone) && !phone.strip().matches("[0-9 +().-]{6,30}")) {
            errors.add(new FieldError("phone", "application.phone.invalid"));
        }
        required(errors, "school", school, TEXT_LENGTH);
        required(errors, "course", course, TEXT_LENGTH);
        if (educationLevel == null) {
            errors.add(new FieldError("educationLevel", "application.educationLevel.required"));
        }
        if (wishedStart != null && wishedStart.isBefore(CityTime.today())) {
            errors.add(new FieldError("wishedStart", "application.wishedStart.past"));
        }
        if (wishedStart != null && wishedEnd != null && !wishedEnd.isAfter(wishedStart)) {
            errors.add(new FieldError("wishedEnd", "application.wishedEnd.beforeStart"));
        }
        if (convention == null) {
            errors.add(new FieldError("convention", "application.convention.required"));
        }
        if (message != null && message.strip().length() > MESSAGE_LENGTH) {
            errors.add(new FieldError("message", "application.message.tooLong", MESSAGE_LENGTH));
        }
        return errors;
    }

    private static void required(List<FieldError> errors, String field, String value, int length) {
        if (blank(value)) {
            errors.add(new FieldError(field, "application." + field + ".required"));
        } else if (SingleLine.of(value).length() > length) {
            errors.add(new FieldError(field, "application." + field + ".tooLong", length));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The candidate as applications store them (call once errors() is empty). */
    public Candidate candidate() {
        return new Candidate(SingleLine.of(firstName), SingleLine.of(lastName), EmailAddress.of(email).value(),
                blank(phone) ? null : phone.strip(), SingleLine.of(school), SingleLine.of(course),
                educationLevel, language);
    }

    public String cleanMessage() {
        return blank(message) ? null : message.strip();
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public EducationLevel getEducationLevel() {
        return educationLevel;
    }

    public void setEducationLevel(EducationLevel educationLevel) {
        this.educationLevel = educationLevel;
    }

    public LocalDate getWishedStart() {
        return wishedStart;
    }

    public void setWishedStart(LocalDate wishedStart) {
        this.wishedStart = wishedStart;
    }

    public LocalDate getWishedEnd() {
        return wishedEnd;
    }

    public void setWishedEnd(LocalDate wishedEnd) {
        this.wishedEnd = wishedEnd;
    }

    public Convention getConvention() {
        return convention;
    }

    public void setConvention(Convention convention) {
        this.convention = convention;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public boolean isTalentPool() {
        return talentPool;
    }

    public void setTalentPool(boolean talentPool) {
        this.talentPool = talentPool;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = "en".equals(language) ? "en" : "fr";
    }
}

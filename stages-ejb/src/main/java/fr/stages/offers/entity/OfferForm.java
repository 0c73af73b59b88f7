package fr.stages.offers.entity;

import fr.stages.platform.SingleLine;
import fr.stages.platform.EmailAddress;
import fr.stages.platform.BusinessException;
import fr.stages.platform.FieldError;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an agent types to write an offer: every field of the public page. Checked as a whole, so that the form
 * shows every mistake at once next to its field; the offer then takes the values (Offer.edit).
 */
public class OfferForm implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int TITLE_LENGTH = 200;
    public static final int TEXT_LENGTH = 10000;
    public static final int ADDRESS_LENGTH = 300;
    public static final int MAX_POSITIONS = 20;

    private String title;
    private String missions;
    private String profile;
    private Long serviceId;
    private Long jobFamilyId;
    private Long placeId;
    private String address;
    private LocalDate start;
    private Integer weeks;
    private Integer weeklyHours = 35;
    private boolean paid;
    private EducationLevel educationLevel;
    private boolean remotePossible;
    private Integer positions = 1;
    private LocalDate deadline;
    private String contactEmail;
    /** The offer's version when the form was filled: an edit over someone else's is refused, not lost. */
    private Long version;

    /** The form of an existing offer, to edit it or to start a copy. */
    public static OfferForm of(Offer offer) {
        OfferForm form = new OfferForm();
        form.title = offer.getTitle();
        form.missions = offer.getMissions();
        form.profile = offer.getProfile();
        form.serviceId = offer.getService() == null ? null : offer.getService().getId();
        form.jobFamilyId = offer.getJobFamily().getId();
        form.placeId = offer.getPlace().getId();
        form.address = offer.getAddress();
        form.start = offer.getPeriod().start();
        form.weeks = offer.getPeriod().weeks();
        form.weeklyHours = offer.getWeeklyHours();
        form.paid = offer.isPaid();
        form.educationLevel = offer.getEducationLevel();
        form.remotePossible = offer.isRemotePossible();
        form.positions = offer.getPositions();
        form.deadline = offer.getApplicationDeadline();
        form.contactEmail = offer.getContactEmail();
        form.version = offer.getVersion();
        return form;
    }

    /** Everything wrong with the form, field by field (empty: the offer may take it). */
    public List<FieldError> errors() {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "title", title, TITLE_LENGTH);
        text(errors, "missions", missions, TEXT_LENGTH);
        text(errors, "profile", profile, TEXT_LENGTH);
        if (jobFamilyId == null) {
            errors.add(new FieldError("jobFamily", "offer.jobFamily.required"));
        }
        if (placeId == null) {
            errors.add(new FieldError("place", "offer.place.required"));
        }
        if (address != null && address.strip().length() > ADDRESS_LENGTH) {
            errors.add(new FieldError("address", "offer.address.tooLong", ADDRESS_LENGTH));
        }
        if (start == null) {
            errors.add(new FieldError("start", "offer.start.required"));
        }
        if (weeks == null || weeks < 1 || weeks > Period.MAX_WEEKS) {
            errors.add(new FieldError("weeks", "offer.weeks.range", Period.MAX_WEEKS));
        }
        if (weeklyHours == null || weeklyHours < 1 || weeklyHours > Offer.MAX_WEEKLY_HOURS) {
            errors.add(new FieldError("weeklyHours", "offer.weeklyHours.range", Offer.MAX_WEEKLY_HOURS));
        }
        if (educationLevel == null) {
            errors.add(new FieldError("educationLevel", "offer.educationLevel.required"));
        }
        if (positions == null || positions < 1 || positions > MAX_POSITIONS) {
            errors.add(new FieldError("positions", "offer.positions.range", MAX_POSITIONS));
        }
        if (deadline == null) {
            errors.add(new FieldError("deadline", "offer.deadline.required"));
        } else if (start != null && deadline.isAfter(start)) {
            errors.add(new FieldError("deadline", "offer.deadline.afterStart"));
        }
        if (weeks != null && weeklyHours != null && !paid && weeks * weeklyHours > Offer.UNPAID_MAX_HOURS
                && weeks <= Period.MAX_WEEKS && weeklyHours <= Offer.MAX_WEEKLY_HOURS) {
            errors.add(new FieldError("paid", "offer.publish.gratificationRequired", weeks * weeklyHours,
                    Offer.UNPAID_MAX_HOURS));
        }
        if (contactEmail != null && !contactEmail.isBlank()) {
            try {
                EmailAddress.of(contactEmail);
            } catch (BusinessException e) {
                errors.add(new FieldError("contactEmail", "offer.contactEmail.invalid", contactEmail.strip()));
            }
        }
        return errors;
    }

    private static void text(List<FieldError> errors, String field, String value, int length) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "offer." + field + ".required"));
        } else if (value.strip().length() > length) {
            errors.add(new FieldError(field, "offer." + field + ".tooLong", length));
        }
    }

    /** The title on one line, as lists and mail subjects show it. */
    String cleanTitle() {
        return SingleLine.of(title);
    }

    String cleanAddress() {
        return address == null || address.isBlank() ? null : SingleLine.of(address);
    }

    String cleanContact() {
        EmailAddress address = EmailAddress.optional(contactEmail);
        return address == null ? null : address.value();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getMissions() {
        return missions;
    }

    public void setMissions(String missions) {
        this.missions = missions;
    }

    public String getProfile() {
        return profile;
    }

    public void setProfile(String profile) {
        this.profile = profile;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public Long getJobFamilyId() {
        return jobFamilyId;
    }

    public void setJobFamilyId(Long jobFamilyId) {
        this.jobFamilyId = jobFamilyId;
    }

    public Long getPlaceId() {
        return placeId;
    }

    public void setPlaceId(Long placeId) {
        this.placeId = placeId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public Integer getWeeks() {
        return weeks;
    }

    public void setWeeks(Integer weeks) {
        this.weeks = weeks;
    }

    public Integer getWeeklyHours() {
        return weeklyHours;
    }

    public void setWeeklyHours(Integer weeklyHours) {
        this.weeklyHours = weeklyHours;
    }

    public boolean isPaid() {
        return paid;
    }

    public void setPaid(boolean paid) {
        this.paid = paid;
    }

    public EducationLevel getEducationLevel() {
        return educationLevel;
    }

    public void setEducationLevel(EducationLevel educationLevel) {
        this.educationLevel = educationLevel;
    }

    public boolean isRemotePossible() {
        return remotePossible;
    }

    public void setRemotePossible(boolean remotePossible) {
        this.remotePossible = remotePossible;
    }

    public Integer getPositions() {
        return positions;
    }

    public void setPositions(Integer positions) {
        this.positions = positions;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}

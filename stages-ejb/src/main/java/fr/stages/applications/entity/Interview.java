package fr.stages.applications.entity;

import fr.stages.platform.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** An interview an application is invited to: when (Paris time), how long, where (an address or a video link), whom to call. */
@Embeddable
public class Interview {

    public static final int MIN_MINUTES = 10;
    public static final int MAX_MINUTES = 8 * 60;
    public static final int TEXT_LENGTH = 300;

    @Column(name = "interview_at")
    private LocalDateTime start;

    @Column(name = "interview_minutes")
    private Integer minutes;

    @Column(name = "interview_location", length = TEXT_LENGTH)
    private String location;

    @Column(name = "interview_contact", length = TEXT_LENGTH)
    private String contact;

    protected Interview() {
    }

    /** Checks what an agent typed: a time to come, a sensible length, a place; the contact is optional. */
    public Interview(LocalDateTime start, int minutes, String location, String contact, LocalDateTime now) {
        if (start == null) {
            throw new BusinessException("interview.start.required");
        }
        if (!start.isAfter(now)) {
            throw new BusinessException("interview.start.past");
        }
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new BusinessException("interview.minutes.range", MIN_MINUTES, MAX_MINUTES);
        }
        String place = oneLine(location);
        if (place.isEmpty()) {
            throw new BusinessException("interview.location.required");
        }
        if (place.length() > TEXT_LENGTH) {
            throw new BusinessException("interview.location.tooLong", TEXT_LENGTH);
        }
        String who = oneLine(contact);
        if (who.length() > TEXT_LENGTH) {
            throw new BusinessException("interview.contact.tooLong", TEXT_LENGTH);
        }
        this.start = start.truncatedTo(ChronoUnit.MINUTES);
        this.minutes = minutes;
        this.location = place;
        this.contact = who.isEmpty() ? null : who;
    }

    private static String oneLine(String value) {
        return value == null ? "" : value.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }

    public LocalDateTime getStart() {
        return start;
    }

    public int getMinutes() {
        return minutes == null ? 0 : minutes;
    }

    public String getLocation() {
        return location;
    }

    public String getContact() {
        return contact;
    }

    /** A video link rather than an address: shown as a link. */
    public boolean isOnline() {
        return location != null && location.matches("(?i)https?://\\S+");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Interview other && Objects.equals(start, other.start)
                && Objects.equals(minutes, other.minutes) && Objects.equals(location, other.location)
                && Objects.equals(contact, other.contact);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, minutes, location, contact);
    }
}

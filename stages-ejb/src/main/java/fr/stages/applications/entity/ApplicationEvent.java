package fr.stages.applications.entity;

import fr.stages.accounts.entity.Agent;
import fr.stages.platform.CityTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One line of an application's history: a change of status or a note, by an agent (or by nobody: the
 * platform, the candidate), at a time. Written by the application itself, never changed afterwards. Notes are
 * the direction's: candidates never see them.
 */
@Entity
@Table(name = "application_event")
public class ApplicationEvent {

    public static final int NOTE_LENGTH = 5000;

    @Id
    @SequenceGenerator(name = "application_event_seq", sequenceName = "application_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_event_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private Application application;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Agent author;

    @Column(name = "author_name", length = 200)
    private String authorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_from", length = 20)
    private ApplicationStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_to", length = 20)
    private ApplicationStatus to;

    @Column(length = NOTE_LENGTH)
    private String note;

    protected ApplicationEvent() {
    }

    ApplicationEvent(Application application, Agent author, ApplicationStatus from, ApplicationStatus to,
                     String note) {
        this.application = application;
        this.occurredAt = CityTime.now();
        this.author = author;
        this.authorName = author == null ? null : author.getDisplayName();
        this.from = from;
        this.to = to;
        this.note = note;
    }

    /** The candidate withdrew themself (the only change of status made without an agent but the platform's). */
    public boolean isByCandidate() {
        return to == ApplicationStatus.WITHDRAWN && author == null && authorName == null;
    }

    /** A change of status (otherwise a note). */
    public boolean isTransition() {
        return to != null;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    /** Who did it, as they were named then; null when the platform or the candidate did it. */
    public String getAuthorName() {
        return authorName;
    }

    public ApplicationStatus getFrom() {
        return from;
    }

    public ApplicationStatus getTo() {
        return to;
    }

    public String getNote() {
        return note;
    }
}

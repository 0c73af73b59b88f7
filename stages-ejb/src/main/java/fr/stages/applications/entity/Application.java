package fr.stages.applications.entity;

import fr.stages.accounts.entity.Agent;
import fr.stages.offers.entity.Offer;
import fr.stages.platform.BusinessException;
import fr.stages.platform.CityTime;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One candidate's application to one offer, and where it stands in the direction's recruitment. Out of the
 * shared cache: several agents (and, in production, several instances) change statuses concurrently, and a
 * cached copy would show, and let an agent act on, a status another instance has already changed.
 */
@Entity
@Cacheable(false)
@NamedQuery(name = Application.COUNTS_BY_OFFER, query = """
        select o.id, count(a), sum(case when a.status = fr.stages.applications.entity.ApplicationStatus.RECEIVED
                                        then 1 else 0 end)
        from Application a join a.offer o join o.direction d left join o.service s
        where (:everyDirection = true or d.id = :direction) and (:service = -1 or s.id = :service)
        group by o.id""")
@NamedQuery(name = Application.UNANSWERED, query = """
        select a.offer.id, a.receivedAt, d.responseDays from Application a join a.offer o join o.direction d
        left join o.service s
        where a.status in :unanswered and a.receivedAt < :oldest
          and (:everyDirection = true or d.id = :direction) and (:service = -1 or s.id = :service)""")
@NamedQuery(name = Application.BY_SUBMISSION, query = """
        select a from Application a join fetch a.offer o join fetch o.direction
        where a.submission = :submission order by a.id""")
@NamedQuery(name = Application.BY_REFERENCE, query = """
        select a from Application a join fetch a.offer o join fetch o.direction where a.reference = :reference""")
@NamedQuery(name = Application.OF_OFFER, query = """
        select a from Application a where a.offer.id = :offer order by a.receivedAt desc, a.id desc""")
@NamedQuery(name = Application.OF_CANDIDATE, query = """
        select a.offer.id from Application a where a.candidate.email = :email and a.offer.id in :offers""")
@NamedQuery(name = Application.SENT_BY_EMAIL, query = """
        select count(a) from Application a where a.candidate.email = :email and a.receivedAt > :since""")
@NamedQuery(name = Application.SENT_BY_CLIENT, query = """
        select count(a) from Application a where a.clientHash = :client and a.receivedAt > :since""")
public class Application {

    public static final String BY_SUBMISSION = "Application.bySubmission";
    public static final String COUNTS_BY_OFFER = "Application.countsByOffer";
    public static final String UNANSWERED = "Application.unanswered";
    public static final String BY_REFERENCE = "Application.byReference";
    public static final String OF_OFFER = "Application.ofOffer";
    public static final String OF_CANDIDATE = "Application.ofCandidate";
    public static final String SENT_BY_EMAIL = "Application.sentByEmail";
    public static final String SENT_BY_CLIENT = "Application.sentByClient";

    @Id
    @SequenceGenerator(name = "application_seq", sequenceName = "application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "offer_id")
    private Offer offer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status;

    @Embedded
    private Candidate candidate;

    @Column(length = 5000)
    private String message;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cv_id")
    private Document cv;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "letter_id")
    private Document letter;

    @Column(name = "wished_start")
    private LocalDate wishedStart;

    @Column(name = "wished_end")
    private LocalDate wishedEnd;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Convention convention;

    /** The candidate agreed, separately, to stay in the talent pool. */
    @Column(name = "talent_pool", nullable = false)
    private boolean talentPool;

    /** The key of the form sending that created this application (and its siblings sent with it). */
    @Column(length = 40)
    private String submission;

    /** A keyed hash of the sender's network address, for rate limits only. */
    @Column(name = "client_hash", length = 64)
    private String clientHash;

    /** When the status last changed (the list's "last activity"). */
    @Column(name = "status_changed_at")
    private LocalDateTime statusChangedAt;

    /** The first answer the candidate had: invited, accepted or rejected (statistics' response times). */
    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    /** The first time the direction shortlisted it, or invited or accepted without that step (the funnel). */
    @Column(name = "shortlisted_at")
    private LocalDateTime shortlistedAt;

    @Embedded
    private Interview interview;

    /**
     * The candidate account this was joined to once its owner proved the address (fr.stages.candidates); null
     * until then. An id, not a relation: the account reads applications, applications know nothing of accounts.
     */
    @Column(name = "account_id")
    private Long accountId;

    @OneToMany(mappedBy = "application", cascade = {CascadeType.PERSIST, CascadeType.REMOVE})
    @OrderBy("occurredAt, id")
    private List<ApplicationEvent> history = new ArrayList<>();

    protected Application() {
    }

    public Application(Offer offer, Candidate candidate, String message) {
        this.offer = Objects.requireNonNull(offer);
        this.candidate = Objects.requireNonNull(candidate);
        this.message = message;
        this.reference = References.next("C");
        this.status = ApplicationStatus.RECEIVED;
        this.receivedAt = CityTime.now();
        this.statusChangedAt = receivedAt;
    }

    /** Sent online through the form: the files, the wishes, and what ties the sending together. */
    public Application(Offer offer, ApplicationForm form, Document cv, Document letter, String submission,
                       String clientHash) {
        this(offer, form.candidate(), form.cleanMessage());
        this.cv = Objects.requireNonNull(cv);
        this.letter = letter;
        this.wishedStart = form.getWishedStart();
        this.wishedEnd = form.getWishedEnd();
        this.convention = form.getConvention();
        this.talentPool = form.isTalentPool();
        this.submission = submission;
        this.clientHash = clientHash;
    }

    /**
     * An agent adds a pool entry (a spontaneous application) to one of their offers: the same person, files,
     * message and wishes, received now, read already by that agent (who chose it), with a note saying where it
     * came from.
     */
    public static Application fromPool(Offer offer, Candidate candidate, String message, Document cv,
                                       Document letter, LocalDate wishedStart, LocalDate wishedEnd,
                                       Convention convention, String poolReference, Agent by) {
        Application application = new Application(offer, candidate, message);
        application.cv = cv;
        application.letter = letter;
        application.wishedStart = wishedStart;
        application.wishedEnd = wishedEnd;
        application.convention = convention;
        application.move(by, ApplicationStatus.READ, poolReference);
        return application;
    }

    /** An application sent before the platform (demo data, imports), with its CV. */
    public static Application imported(Offer offer, Candidate candidate, String message, Document cv) {
        Application application = new Application(offer, candidate, message);
        application.cv = cv;
        return application;
    }

    /** For loading history (demo data, imports). */
    public void backdate(LocalDateTime when) {
        this.receivedAt = when;
        this.statusChangedAt = when;
    }

    /** An agent opens the application: a new one becomes read; anything else stays as it is. */
    public boolean open(Agent reader) {
        if (status != ApplicationStatus.RECEIVED) {
            return false;
        }
        move(reader, ApplicationStatus.READ, null);
        return true;
    }

    public void shortlist(Agent by) {
        move(by, ApplicationStatus.SHORTLISTED, null);
    }

    /** Invites the candidate to an interview, or moves the interview already proposed. */
    public void invite(Agent by, Interview when) {
        Objects.requireNonNull(when);
        move(by, ApplicationStatus.INVITED, null);
        this.interview = when;
    }

    public void accept(Agent by) {
        move(by, ApplicationStatus.ACCEPTED, null);
    }

    /** Not kept; the reason the agent chose is noted in the history (the candidate reads only the mail). */
    public void reject(Agent by, String reason) {
        move(by, ApplicationStatus.REJECTED, reason);
    }

    /** The candidate gave up (said to an agent, who records it). */
    public void withdraw(Agent recordedBy) {
        move(Objects.requireNonNull(recordedBy), ApplicationStatus.WITHDRAWN, null);
    }

    /**
     * The candidate gives up themself, through the link of their receipt: recorded without an agent. Withdrawn
     * already, nothing changes (the link clicked twice); answered already (rejected), refused.
     *
     * @return whether the application changed
     */
    public boolean withdrawByCandidate() {
        if (status == ApplicationStatus.WITHDRAWN) {
            return false;
        }
        if (!mayBeWithdrawn()) {
            throw new BusinessException("application.withdraw.answered", reference);
        }
        move(null, ApplicationStatus.WITHDRAWN, null);
        return true;
    }

    /**
     * The candidate asked for their data to be erased (GDPR art. 17), after withdrawing it if it was still
     * pending: nothing that names them stays (identity, message, files, network trace, account, talent-pool
     * consent), only what anonymous statistics need (offer, dates, statuses, level of studies). The directions
     * read « Retirée et effacée à la demande de la personne ». The notes of its history go with it (the boundary
     * clears them: they may name the person).
     *
     * @return the files it held (the boundary deletes those no other application uses)
     */
    public List<Document> eraseCandidate() {
        if (status != ApplicationStatus.WITHDRAWN && status.leadsTo(ApplicationStatus.WITHDRAWN)) {
            throw new IllegalStateException("withdraw " + reference + " before erasing it");
        }
        List<Document> files = new ArrayList<>();
        if (cv != null) {
            files.add(cv);
        }
        if (letter != null) {
            files.add(letter);
        }
        candidate = Candidate.erased(id, candidate.getEducationLevel(), candidate.getLanguage());
        message = null;
        cv = null;
        letter = null;
        clientHash = null;
        talentPool = false;
        accountId = null;
        return files;
    }

    /** Whether the candidate may still give up (waiting for an answer, or accepted). */
    public boolean mayBeWithdrawn() {
        return status.leadsTo(ApplicationStatus.WITHDRAWN);
    }

    /** A note for the direction's agents only. */
    public ApplicationEvent note(Agent by, String text) {
        String note = text == null ? "" : text.strip();
        if (note.isEmpty()) {
            throw new BusinessException("application.note.required");
        }
        if (note.length() > ApplicationEvent.NOTE_LENGTH) {
            throw new BusinessException("application.note.tooLong", ApplicationEvent.NOTE_LENGTH);
        }
        ApplicationEvent event = new ApplicationEvent(this, Objects.requireNonNull(by), null, null, note);
        history.add(event);
        return event;
    }

    private static final java.util.Set<ApplicationStatus> ANSWERS = java.util.EnumSet.of(ApplicationStatus.INVITED,
            ApplicationStatus.ACCEPTED, ApplicationStatus.REJECTED);
    private static final java.util.Set<ApplicationStatus> SHORTLISTED_OR_BEYOND = java.util.EnumSet.of(
            ApplicationStatus.SHORTLISTED, ApplicationStatus.INVITED, ApplicationStatus.ACCEPTED);

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }

    public LocalDateTime getShortlistedAt() {
        return shortlistedAt;
    }

    private void move(Agent by, ApplicationStatus next, String note) {
        if (!status.leadsTo(next)) {
            throw new BusinessException("application.transition.refused", reference, status, next);
        }
        history.add(new ApplicationEvent(this, by, status, next, note));
        status = next;
        statusChangedAt = CityTime.now();
        if (answeredAt == null && ANSWERS.contains(next)) {
            answeredAt = statusChangedAt;
        }
        if (shortlistedAt == null && SHORTLISTED_OR_BEYOND.contains(next)) {
            shortlistedAt = statusChangedAt;
        }
    }

    /** Received more than that many days ago and still without an answer to the candidate. */
    public boolean isUnansweredAfter(int days, LocalDateTime now) {
        return ApplicationStatus.UNANSWERED.contains(status) && isOverdue(receivedAt, days, now);
    }

    /**
     * The one rule of response delays, for an application still unanswered: received more than the direction's
     * days ago. (Lists that count late applications from query rows apply it too.)
     */
    public static boolean isOverdue(LocalDateTime receivedAt, int days, LocalDateTime now) {
        return receivedAt.isBefore(now.minusDays(days));
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Offer getOffer() {
        return offer;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Candidate getCandidate() {
        return candidate;
    }

    public String getMessage() {
        return message;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public Document getCv() {
        return cv;
    }

    public Document getLetter() {
        return letter;
    }

    public LocalDate getWishedStart() {
        return wishedStart;
    }

    public LocalDate getWishedEnd() {
        return wishedEnd;
    }

    public Convention getConvention() {
        return convention;
    }

    public boolean isTalentPool() {
        return talentPool;
    }

    public String getSubmission() {
        return submission;
    }

    public LocalDateTime getStatusChangedAt() {
        return statusChangedAt;
    }

    /** The interview proposed, while the application is invited (or was, for the history). */
    public Interview getInterview() {
        return interview == null || interview.getStart() == null ? null : interview;
    }

    public List<ApplicationEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }

    public Long getAccountId() {
        return accountId;
    }
}

package fr.stages.applications.entity;

import fr.stages.offers.entity.Offer;
import fr.stages.platform.CityTime;
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
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

@Entity
@NamedQuery(name = Application.BY_SUBMISSION, query = """
        select a from Application a join fetch a.offer o join fetch o.direction
        where a.submission = :submission order by a.id""")
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

    protected Application() {
    }

    public Application(Offer offer, Candidate candidate, String message) {
        this.offer = Objects.requireNonNull(offer);
        this.candidate = Objects.requireNonNull(candidate);
        this.message = message;
        this.reference = References.next("C");
        this.status = ApplicationStatus.RECEIVED;
        this.receivedAt = CityTime.now();
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

    /** For loading history (demo data, imports). */
    public void backdate(LocalDateTime when) {
        this.receivedAt = when;
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
}

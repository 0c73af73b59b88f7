package fr.stages.spontaneous.entity;

import fr.stages.applications.entity.ApplicationForm;
import fr.stages.applications.entity.Candidate;
import fr.stages.applications.entity.Convention;
import fr.stages.applications.entity.Document;
import fr.stages.applications.entity.References;
import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.JobFamily;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A candidate who found no offer leaves their CV for the directions they chose (none chosen: every direction),
 * with the job families and the period they wish. Agents of those directions find it in the pool.
 */
@Entity
@Table(name = "spontaneous_application")
@NamedQuery(name = SpontaneousApplication.BY_SUBMISSION,
        query = "select s from SpontaneousApplication s where s.submission = :submission")
@NamedQuery(name = SpontaneousApplication.LAST_OF_EMAIL, query = """
        select s from SpontaneousApplication s where s.candidate.email = :email and s.receivedAt > :since
        order by s.receivedAt desc""")
@NamedQuery(name = SpontaneousApplication.SENT_BY_CLIENT, query = """
        select count(s) from SpontaneousApplication s where s.clientHash = :client and s.receivedAt > :since""")
public class SpontaneousApplication {

    public static final String BY_SUBMISSION = "SpontaneousApplication.bySubmission";
    public static final String LAST_OF_EMAIL = "SpontaneousApplication.lastOfEmail";
    public static final String SENT_BY_CLIENT = "SpontaneousApplication.sentByClient";
    /** At most this many job families: a pool entry says what the candidate wants, not everything. */
    public static final int MAX_JOB_FAMILIES = 5;
    /** The pool keeps an entry this long after it arrived, then erases it with its files (privacy notice). */
    public static final int RETENTION_MONTHS = 12;

    @Id
    @SequenceGenerator(name = "spontaneous_seq", sequenceName = "spontaneous_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "spontaneous_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @Embedded
    private Candidate candidate;

    @Column(name = "wished_start")
    private LocalDate wishedStart;

    @Column(name = "wished_end")
    private LocalDate wishedEnd;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Convention convention;

    @Column(length = 5000)
    private String message;

    /** Empty means "any direction". */
    @ManyToMany
    @JoinTable(name = "spontaneous_direction", joinColumns = @JoinColumn(name = "spontaneous_id"),
            inverseJoinColumns = @JoinColumn(name = "direction_id"))
    private Set<Direction> directions = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "spontaneous_job_family", joinColumns = @JoinColumn(name = "spontaneous_id"),
            inverseJoinColumns = @JoinColumn(name = "job_family_id"))
    private Set<JobFamily> jobFamilies = new HashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cv_id")
    private Document cv;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "letter_id")
    private Document letter;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    /** The key of the form sending that created it: the same form sent again answers this one. */
    @Column(length = 40)
    private String submission;

    /** A keyed hash of the sender's network address, for rate limits only. */
    @Column(name = "client_hash", length = 64)
    private String clientHash;

    /**
     * The candidate account this was joined to once its owner proved the address (fr.stages.candidates); null
     * until then. An id, not a relation: the account reads applications, applications know nothing of accounts.
     */
    @Column(name = "account_id")
    private Long accountId;

    protected SpontaneousApplication() {
    }

    /** Demo data and imports: a CV or none. */
    public SpontaneousApplication(Candidate candidate, Set<Direction> directions, Set<JobFamily> jobFamilies,
                                  LocalDate wishedStart, LocalDate wishedEnd, String message, Document cv) {
        this.candidate = Objects.requireNonNull(candidate);
        this.directions.addAll(directions);
        this.jobFamilies.addAll(jobFamilies);
        this.wishedStart = wishedStart;
        this.wishedEnd = wishedEnd;
        this.message = message;
        this.cv = cv;
        this.reference = References.next("S");
        this.receivedAt = CityTime.now();
    }

    /** Sent online: the form (checked), the choices, the files, and the sending's key. */
    public SpontaneousApplication(ApplicationForm form, Set<Direction> directions, Set<JobFamily> jobFamilies,
                                  Document cv, Document letter, String submission, String clientHash) {
        this(form.candidate(), directions, jobFamilies, form.getWishedStart(), form.getWishedEnd(),
                form.cleanMessage(), Objects.requireNonNull(cv));
        this.convention = form.getConvention();
        this.letter = letter;
        this.submission = submission;
        this.clientHash = clientHash;
    }

    /** Whether an agent of this direction may see it: it chose the direction, or chose none (any). */
    public boolean isFor(Direction direction) {
        return directions.isEmpty() || directions.stream().anyMatch(d -> d.getId().equals(direction.getId()));
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

    public Candidate getCandidate() {
        return candidate;
    }

    public Set<Direction> getDirections() {
        return directions;
    }

    /** The chosen directions by name as a French reader orders them, for pages and mails. */
    public List<Direction> getSortedDirections() {
        return fr.stages.platform.ReadingOrder.sorted(directions, Direction::getName, java.util.Locale.FRENCH);
    }

    public Set<JobFamily> getJobFamilies() {
        return jobFamilies;
    }

    /** By name in that language, as its reader orders them. */
    public List<JobFamily> sortedJobFamilies(java.util.Locale locale) {
        return fr.stages.platform.ReadingOrder.sorted(jobFamilies, f -> f.nameIn(locale), locale);
    }

    public List<JobFamily> getSortedJobFamilies() {
        return sortedJobFamilies(java.util.Locale.FRENCH);
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

    public String getMessage() {
        return message;
    }

    public Document getCv() {
        return cv;
    }

    public Document getLetter() {
        return letter;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public String getSubmission() {
        return submission;
    }

    public Long getAccountId() {
        return accountId;
    }
}

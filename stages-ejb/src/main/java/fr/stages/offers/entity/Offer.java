package fr.stages.offers.entity;

import fr.stages.accounts.entity.Agent;
import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.JobFamily;
import fr.stages.directions.entity.Place;
import fr.stages.directions.entity.Service;
import fr.stages.offers.control.OfferChanges;
import fr.stages.platform.BusinessException;
import fr.stages.platform.CityTime;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.CascadeType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

@Entity
@EntityListeners(OfferChanges.class)
@NamedQuery(name = Offer.PUBLIC_SUMMARIES, query = """
        select new fr.stages.offers.entity.OfferSummary(o.id, o.title, d.name, p.name, p.postalCode,
               o.period.start, o.period.weeks, o.weeklyHours, o.paid, o.educationLevel, o.publishedAt)
        from Offer o join o.direction d join o.place p
        where o.status = fr.stages.offers.entity.OfferStatus.PUBLISHED and o.applicationDeadline >= :today
        order by o.publishedAt desc, o.id desc""")
@NamedQuery(name = Offer.PUBLIC_DETAIL, query = """
        select o from Offer o join fetch o.direction join fetch o.place join fetch o.jobFamily
        left join fetch o.service
        where o.id = :id and o.status = fr.stages.offers.entity.OfferStatus.PUBLISHED
          and o.applicationDeadline >= :today""")
@NamedQuery(name = Offer.DETAIL, query = """
        select o from Offer o join fetch o.direction join fetch o.place join fetch o.jobFamily
        left join fetch o.service where o.id = :id""")
@NamedQuery(name = Offer.BACK_OFFICE_ROWS, query = """
        select o.id, o.reference, o.title, s.name, d.code, o.status, o.applicationDeadline, o.updatedAt
        from Offer o join o.direction d left join o.service s
        where (:everyDirection = true or d.id = :direction) and (:service = -1 or s.id = :service)
        order by o.updatedAt desc, o.id desc""")
@NamedQuery(name = Offer.OVERDUE, query = """
        select o from Offer o
        where o.status = fr.stages.offers.entity.OfferStatus.PUBLISHED and o.applicationDeadline < :today""")
public class Offer {

    public static final String PUBLIC_SUMMARIES = "Offer.publicSummaries";
    public static final String PUBLIC_DETAIL = "Offer.publicDetail";
    public static final String DETAIL = "Offer.detail";
    public static final String BACK_OFFICE_ROWS = "Offer.backOfficeRows";
    public static final String OVERDUE = "Offer.overdue";

    /** Presence per week may not exceed the host's staff rules: 35 h at the City (art. L. 124-14). */
    public static final int MAX_WEEKLY_HOURS = 35;
    /** Gratification is due from the 309th hour of presence: more than two months of 22 days of 7 h (L. 124-6). */
    public static final int UNPAID_MAX_HOURS = 308;
    /** The legal minimum gratification per hour of presence: 15 % of the social security hourly ceiling (2026). */
    public static final java.math.BigDecimal MINIMUM_HOURLY_GRATIFICATION = new java.math.BigDecimal("4.50");

    @Id
    @SequenceGenerator(name = "offer_seq", sequenceName = "offer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offer_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OfferStatus status;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 10000)
    private String missions;

    @Column(nullable = false, length = 10000)
    private String profile;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "direction_id")
    private Direction direction;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id")
    private Service service;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "job_family_id")
    private JobFamily jobFamily;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "place_id")
    private Place place;

    @Column(length = 300)
    private String address;

    @Embedded
    private Period period;

    @Column(name = "weekly_hours", nullable = false)
    private int weeklyHours;

    @Column(nullable = false)
    private boolean paid;

    @Enumerated(EnumType.STRING)
    @Column(name = "education_level", nullable = false, length = 20)
    private EducationLevel educationLevel;

    @Column(name = "remote_possible", nullable = false)
    private boolean remotePossible;

    @Column(nullable = false)
    private int positions;

    @Column(name = "application_deadline", nullable = false)
    private LocalDate applicationDeadline;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Agent author;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @OneToMany(mappedBy = "offer", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<OfferEvent> history = new ArrayList<>();

    protected Offer() {
    }

    /** A new draft of a service (or of the direction as a whole when service is null). */
    public Offer(Direction direction, Service service, JobFamily jobFamily, Place place, Agent author) {
        this.direction = Objects.requireNonNull(direction);
        this.service = service;
        this.jobFamily = Objects.requireNonNull(jobFamily);
        this.place = Objects.requireNonNull(place);
        this.author = author;
        this.status = OfferStatus.DRAFT;
        this.positions = 1;
        this.createdAt = CityTime.now();
        this.updatedAt = createdAt;
    }

    /** A new draft written by an agent in the back office, with every field of the form (already checked). */
    public static Offer written(Direction direction, Service service, JobFamily jobFamily, Place place,
                                OfferForm form, Agent author) {
        Offer offer = new Offer(direction, service, jobFamily, place, author);
        offer.take(form);
        offer.record(author, OfferAction.CREATED, null);
        return offer;
    }

    /** A new draft with everything of this one but its dates (to relist a filled or expired internship). */
    public Offer duplicate(Agent by) {
        Offer copy = new Offer(direction, service, jobFamily, place, by);
        copy.describe(title, missions, profile);
        copy.period = period;
        copy.weeklyHours = weeklyHours;
        copy.applicationDeadline = applicationDeadline;
        copy.conditions(paid, educationLevel, remotePossible, positions, address, contactEmail);
        copy.record(by, OfferAction.DUPLICATED, reference);
        return copy;
    }

    /**
     * Takes the form's values (checked by OfferForm.errors() first); the history names the fields that changed.
     * A filled or expired offer is not edited but duplicated, and an edit over a newer version is refused.
     */
    public void edit(Service newService, JobFamily newFamily, Place newPlace, OfferForm form, Agent by) {
        if (status == OfferStatus.FILLED || status == OfferStatus.EXPIRED) {
            throw new BusinessException("offer.edit.closed");
        }
        if (form.getVersion() != null && form.getVersion() != version) {
            throw new BusinessException("offer.edit.changedMeanwhile");
        }
        Map<String, Object> before = values();
        this.service = newService;
        this.jobFamily = Objects.requireNonNull(newFamily);
        this.place = Objects.requireNonNull(newPlace);
        take(form);
        Map<String, Object> after = values();
        List<String> changed = new ArrayList<>();
        before.forEach((field, value) -> {
            if (!Objects.equals(value, after.get(field))) {
                changed.add(field);
            }
        });
        if (!changed.isEmpty()) {
            record(by, OfferAction.EDITED, String.join(",", changed));
        }
    }

    private void take(OfferForm form) {
        describe(form.cleanTitle(), form.getMissions(), form.getProfile());
        schedule(new Period(form.getStart(), form.getWeeks()), form.getWeeklyHours(), form.getDeadline());
        conditions(form.isPaid(), form.getEducationLevel(), form.isRemotePossible(), form.getPositions(),
                form.cleanAddress(), form.cleanContact());
    }

    /** The values an edit compares, by the name the history shows. */
    private Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", title);
        values.put("missions", missions);
        values.put("profile", profile);
        values.put("service", service == null ? null : service.getId());
        values.put("jobFamily", jobFamily.getId());
        values.put("place", place.getId());
        values.put("address", address);
        values.put("period", period);
        values.put("weeklyHours", weeklyHours);
        values.put("paid", paid);
        values.put("educationLevel", educationLevel);
        values.put("remotePossible", remotePossible);
        values.put("positions", positions);
        values.put("deadline", applicationDeadline);
        values.put("contactEmail", contactEmail);
        return values;
    }

    private void record(Agent by, OfferAction action, String detail) {
        history.add(new OfferEvent(this, by, action, detail));
    }

    public Offer describe(String title, String missions, String profile) {
        this.title = required(title, "offer.title.required");
        this.missions = required(missions, "offer.missions.required");
        this.profile = required(profile, "offer.profile.required");
        return this;
    }

    public Offer schedule(Period period, int weeklyHours, LocalDate applicationDeadline) {
        if (weeklyHours < 1 || weeklyHours > MAX_WEEKLY_HOURS) {
            throw new BusinessException("offer.weeklyHours.range", MAX_WEEKLY_HOURS);
        }
        if (applicationDeadline == null) {
            throw new BusinessException("offer.deadline.required");
        }
        if (applicationDeadline.isAfter(period.start())) {
            throw new BusinessException("offer.deadline.afterStart");
        }
        this.period = Objects.requireNonNull(period);
        this.weeklyHours = weeklyHours;
        this.applicationDeadline = applicationDeadline;
        return this;
    }

    public Offer conditions(boolean paid, EducationLevel educationLevel, boolean remotePossible, int positions,
                            String address, String contactEmail) {
        if (positions < 1) {
            throw new BusinessException("offer.positions.min");
        }
        this.paid = paid;
        this.educationLevel = Objects.requireNonNull(educationLevel);
        this.remotePossible = remotePossible;
        this.positions = positions;
        this.address = address;
        this.contactEmail = contactEmail;
        return this;
    }

    /** Called once the id is known: the reference candidates and agents quote (DAC-00042). */
    public void assignReference() {
        if (reference == null) {
            reference = String.format("%s-%05d", direction.getCode(), id);
        }
    }

    /** Total presence over the internship, the measure the gratification rule counts in. */
    public int totalHours() {
        return period.weeks() * weeklyHours;
    }

    public boolean gratificationRequired() {
        return totalHours() > UNPAID_MAX_HOURS;
    }

    public void publish(LocalDate today) {
        transition(EnumSet.of(OfferStatus.DRAFT, OfferStatus.UNPUBLISHED), OfferStatus.PUBLISHED);
        if (applicationDeadline.isBefore(today)) {
            throw new BusinessException("offer.publish.deadlinePassed", applicationDeadline);
        }
        if (gratificationRequired() && !paid) {
            throw new BusinessException("offer.publish.gratificationRequired", totalHours(), UNPAID_MAX_HOURS);
        }
        status = OfferStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = CityTime.now();
        }
    }

    /** Published by an agent: recorded in the history. */
    public void publish(LocalDate today, Agent by) {
        publish(today);
        record(by, OfferAction.PUBLISHED, null);
    }

    public void unpublish() {
        transition(EnumSet.of(OfferStatus.PUBLISHED), OfferStatus.UNPUBLISHED);
        status = OfferStatus.UNPUBLISHED;
    }

    public void unpublish(Agent by) {
        unpublish();
        record(by, OfferAction.UNPUBLISHED, null);
    }

    public void markFilled() {
        transition(EnumSet.of(OfferStatus.PUBLISHED, OfferStatus.UNPUBLISHED, OfferStatus.EXPIRED),
                OfferStatus.FILLED);
        status = OfferStatus.FILLED;
    }

    public void markFilled(Agent by) {
        markFilled();
        record(by, OfferAction.FILLED, null);
    }

    /** A published offer leaves the site once its application deadline has passed. */
    public boolean expireIfOverdue(LocalDate today) {
        if (status == OfferStatus.PUBLISHED && applicationDeadline.isBefore(today)) {
            status = OfferStatus.EXPIRED;
            record(null, OfferAction.EXPIRED, null);
            return true;
        }
        return false;
    }

    /** Whether that agent manages this offer (see Agent.manages). */
    public boolean isManagedBy(Agent agent) {
        return agent.manages(direction, service);
    }

    public boolean isVisibleToPublic(LocalDate today) {
        return isOpen(status, applicationDeadline, today);
    }

    /** Online and its deadline not passed: the public sees it and candidates can apply (also OfferRow's rule). */
    static boolean isOpen(OfferStatus status, LocalDate applicationDeadline, LocalDate today) {
        return status == OfferStatus.PUBLISHED && !applicationDeadline.isBefore(today);
    }

    /** For loading history (demo data, imports): when the offer was first published. */
    public void backdatePublication(LocalDateTime when) {
        if (publishedAt != null) {
            publishedAt = when;
        }
    }

    private void transition(Set<OfferStatus> allowedFrom, OfferStatus to) {
        if (!allowedFrom.contains(status)) {
            throw new BusinessException("offer.transition.refused", status, to);
        }
    }

    /**
     * Trimmed, with its line breaks as one LF: browsers send a text area's lines ended by CR LF, while texts
     * written otherwise (a copy, the demo data) end them by LF. Unnormalised, saving a copy unchanged showed
     * « Modifiée : missions » in the history.
     */
    private static String required(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new BusinessException(key);
        }
        return value.strip().replace("\r\n", "\n").replace('\r', '\n');
    }

    @PreUpdate
    void touch() {
        updatedAt = CityTime.now();
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public OfferStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getMissions() {
        return missions;
    }

    public String getProfile() {
        return profile;
    }

    public Direction getDirection() {
        return direction;
    }

    public Service getService() {
        return service;
    }

    public JobFamily getJobFamily() {
        return jobFamily;
    }

    public Place getPlace() {
        return place;
    }

    public String getAddress() {
        return address;
    }

    public Period getPeriod() {
        return period;
    }

    public int getWeeklyHours() {
        return weeklyHours;
    }

    public boolean isPaid() {
        return paid;
    }

    public EducationLevel getEducationLevel() {
        return educationLevel;
    }

    public boolean isRemotePossible() {
        return remotePossible;
    }

    public int getPositions() {
        return positions;
    }

    public LocalDate getApplicationDeadline() {
        return applicationDeadline;
    }

    /** The agent who wrote the offer, if known: new applications are notified to them. */
    public Agent getAuthor() {
        return author;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<OfferEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }

    /** Whether its content may still change (otherwise it is duplicated). */
    public boolean isEditable() {
        return status != OfferStatus.FILLED && status != OfferStatus.EXPIRED;
    }
}

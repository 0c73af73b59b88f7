package fr.stages.alerts.entity;

import fr.stages.platform.CityTime;
import fr.stages.platform.EmailAddress;
import fr.stages.platform.Signatures;
import fr.stages.platform.SingleLine;
import fr.stages.search.entity.OfferCriteria;
import fr.stages.platform.FieldError;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A public search saved as an alert by mail: its normalized query string (keywords and filters, as the search
 * page's URL says them), a name, a rhythm, an address. Made without an account it waits for its confirmation
 * (double opt-in); a signed-in candidate's is confirmed at once (their address is proved). Its digests list only
 * offers published after {@link #getLastRunAt()}, which each run moves forward: never an offer twice.
 */
@Entity
@Table(name = "search_alert")
@Cacheable(false) // read once each morning, 200,000 of them at national volume: a shared cache would only fill the heap
public class SearchAlert {

    /** How many alerts one address may have. */
    public static final int MAX_PER_ADDRESS = 10;
    public static final int NAME_LENGTH = 60;
    public static final int QUERY_LENGTH = 1000;
    private static final String CONFIRM = "alert-confirm";
    private static final String STOP = "alert-stop";

    @Id
    @SequenceGenerator(name = "search_alert_seq", sequenceName = "search_alert_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "search_alert_seq")
    private Long id;

    @Column(nullable = false, length = EmailAddress.LENGTH)
    private String email;

    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(nullable = false, length = QUERY_LENGTH)
    private String query;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Frequency frequency;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;

    @Column(name = "last_run_at")
    private LocalDateTime lastRunAt;

    protected SearchAlert() {
    }

    /**
     * An alert on that search (page and sort left out: they do not change which offers match). Confirmed at once
     * when the address is proved (an account's), else waiting for its confirmation link.
     */
    public SearchAlert(EmailAddress email, Long accountId, String name, OfferCriteria criteria, Frequency frequency,
                       String language) {
        this.email = email.value();
        this.accountId = accountId;
        this.name = SingleLine.of(name);
        this.query = queryOf(criteria);
        this.frequency = frequency;
        this.language = "en".equals(language) ? "en" : "fr";
        // to the second: the links' keys are made from it, and a database may keep fewer digits than Java has
        this.createdAt = CityTime.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        if (accountId != null) {
            confirm();
        }
    }

    /** The query string an alert keeps of a search: keywords and filters only. */
    public static String queryOf(OfferCriteria criteria) {
        return criteria.withPage(1).withSort(fr.stages.search.entity.Sort.RECENT).queryString()
                .replaceAll("(^|&)tri=[^&]*", "").replaceAll("^&", "");
    }

    /** What is wrong with an alert's name, search and rhythm, field by field (name, search, frequency). */
    public static List<FieldError> errors(String name, OfferCriteria criteria, Frequency frequency) {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || SingleLine.of(name).isEmpty()) {
            errors.add(new FieldError("name", "alert.name.required"));
        } else if (SingleLine.of(name).length() > NAME_LENGTH) {
            errors.add(new FieldError("name", "alert.name.tooLong", NAME_LENGTH));
        }
        if (queryOf(criteria).length() > QUERY_LENGTH) {
            errors.add(new FieldError("search", "alert.search.tooLong"));
        }
        if (frequency == null) {
            errors.add(new FieldError("frequency", "alert.frequency.required"));
        }
        return errors;
    }

    /** How many alerts that address has: confirmed ones only, or waiting ones too. */
    public static long count(EntityManager em, EmailAddress address, boolean confirmedOnly) {
        return em.createQuery("select count(a) from SearchAlert a where a.email = :email"
                        + (confirmedOnly ? " and a.confirmedAt is not null" : ""), Long.class)
                .setParameter("email", address.value()).getSingleResult();
    }

    /** Its owner confirmed it (double opt-in): its first digest lists the offers published from now on. */
    public void confirm() {
        if (confirmedAt == null) {
            confirmedAt = CityTime.now();
            lastRunAt = confirmedAt;
        }
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    /**
     * Whether the run at that moment is this alert's: every morning's for a daily one (the run itself happens once
     * a day), for a weekly one the first run a week after its previous one (half a day of slack: runs start at
     * the same hour, not to the second).
     */
    public boolean isDue(LocalDateTime now) {
        return confirmedAt != null && (frequency == Frequency.DAILY
                || !lastRunAt.plus(frequency.every()).minusHours(12).isAfter(now));
    }

    /** The search as criteria again. */
    public OfferCriteria criteria() {
        return OfferCriteria.of(parameters(query));
    }

    /** The search now reads as that one (criteria that no longer exist were dropped). */
    public void searchBecame(OfferCriteria criteria) {
        this.query = queryOf(criteria);
    }

    /** A query string as the servlet API gives its parameters. */
    public static Map<String, String[]> parameters(String query) {
        Map<String, List<String>> values = new HashMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        }
        Map<String, String[]> parameters = new HashMap<>();
        values.forEach((k, v) -> parameters.put(k, v.toArray(String[]::new)));
        return parameters;
    }

    /** The key of the link that confirms it (double opt-in). */
    public String confirmationKey() {
        return Signatures.link(CONFIRM, id + ":" + createdAt);
    }

    public boolean confirmationKeyMatches(String key) {
        return Signatures.linkMatches(CONFIRM, id + ":" + createdAt, key);
    }

    /** The key of the one-click unsubscribe of its digests (works without signing in, forever). */
    public String stopKey() {
        return Signatures.link(STOP, id + ":" + createdAt);
    }

    public boolean stopKeyMatches(String key) {
        return Signatures.linkMatches(STOP, id + ":" + createdAt, key);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public String getQuery() {
        return query;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public String getLanguage() {
        return language;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public LocalDateTime getLastRunAt() {
        return lastRunAt;
    }
}

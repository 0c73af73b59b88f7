package fr.stages.search.boundary;

import fr.stages.offers.control.OfferChanges;
import fr.stages.offers.entity.EducationLevel;
import fr.stages.offers.entity.Offer;
import fr.stages.offers.entity.OfferStatus;
import fr.stages.platform.CityTime;
import fr.stages.platform.TimerRuns;
import fr.stages.search.control.OfferIndex;
import fr.stages.search.control.OfferText;
import fr.stages.search.entity.IndexedOffer;
import fr.stages.search.entity.OfferCriteria;
import fr.stages.search.entity.OfferSlice;
import fr.stages.search.entity.ResultCursor;
import fr.stages.search.entity.SearchResult;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Public search over the offers online. The index is built from the database when the application starts and
 * follows every committed change of an offer at once (OfferChangesListener). A periodic check compares it with
 * the database (count, sum of versions and greatest id of the offers online) and rebuilds it on any difference: a
 * change made outside the application (which must move the offer's version on, as JPA does), or whose
 * announcement was lost, is caught up within a minute.
 */
@Singleton
@Startup
@DependsOn({"Migrations", "DemoData"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // the index is safe for concurrent use by itself
@PermitAll
@Interceptors(TimerRuns.class)
public class Search {

    private static final Logger LOG = Logger.getLogger(Search.class.getName());
    private static final String FACTS = """
            select o.id, o.reference, o.title, o.missions, o.profile, d.code, d.name, s.name, f.id, f.name,
                   p.code, p.name, p.postalCode, o.period.start, o.period.weeks, o.weeklyHours, o.paid,
                   o.educationLevel, o.remotePossible, o.positions, o.applicationDeadline, o.publishedAt, o.version
            from Offer o join o.direction d join o.jobFamily f join o.place p left join o.service s
            """;
    private static final String ONLINE = FACTS
            + " where o.status = :published and o.applicationDeadline >= :today";

    private static final String FINGERPRINT = """
            select count(o), sum(o.version), max(o.id) from Offer o
            where o.status = :published and o.applicationDeadline >= :today
            """;

    @PersistenceContext
    EntityManager em;

    @Resource
    TimerService timers;

    private OfferIndex index;

    /** How many times the periodic check found the index behind the database (logs, tests). */
    private static final java.util.concurrent.atomic.AtomicLong CATCH_UPS = new java.util.concurrent.atomic.AtomicLong();

    @PostConstruct
    void start() {
        index = new OfferIndex();
        rebuild();
        long period = Duration.ofSeconds(Long.getLong("stages.search.check-seconds", 60)).toMillis();
        timers.createIntervalTimer(period, period, new TimerConfig(null, false));
    }

    /**
     * Rebuilds the index when the offers online in the database are not those it holds: compared by count, sum of
     * versions and greatest id, on both sides. A change the topic brought is already in both, so it costs no
     * rebuild; a change made outside the application, or whose announcement was lost, shows as a difference.
     */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void check() {
        LocalDate today = CityTime.today();
        if (!fingerprint(today).equals(index.fingerprint(today))) {
            CATCH_UPS.incrementAndGet();
            // changed outside the application (or the announcement was lost): the offers this instance's JPA
            // cache holds may be the old ones, and the public offer page reads them from there
            em.getEntityManagerFactory().getCache().evict(Offer.class);
            rebuild();
        }
    }

    private List<Long> fingerprint(LocalDate today) {
        Object[] row = em.createQuery(FINGERPRINT, Object[].class).setParameter("published", OfferStatus.PUBLISHED)
                .setParameter("today", today).getSingleResult();
        return java.util.Arrays.stream(row).map(v -> v == null ? 0L : ((Number) v).longValue()).toList();
    }

    @PreDestroy
    void stop() {
        index.close();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // the index only: no transaction to begin and end
    public SearchResult find(OfferCriteria criteria) {
        return index.search(criteria, CityTime.today());
    }

    /**
     * The offers of a search after a cursor (from the first when null), at most limit of them: the public API's
     * pages, which stay in step when offers come and go between two requests.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public OfferSlice slice(OfferCriteria criteria, ResultCursor after, int limit) {
        return index.slice(criteria, CityTime.today(), after, limit);
    }

    /**
     * How many times, since the start, the periodic check found the index behind the database and rebuilt it:
     * a change announced after its commit never needs it.
     */
    public static long catchUps() {
        return CATCH_UPS.get();
    }

    /** Offers online that resemble the given one, which may itself be online or gone. */
    public List<IndexedOffer> similarTo(long offerId, int limit) {
        IndexedOffer probe = index.get(offerId);
        if (probe == null) {
            probe = em.createQuery(FACTS + " where o.id = :id", Object[].class).setParameter("id", offerId)
                    .getResultStream().map(Search::text).map(OfferText::offer).findFirst().orElse(null);
        }
        return probe == null ? List.of() : index.similar(probe, limit, CityTime.today());
    }

    /**
     * The offers online today that were published after that moment, in an index of their own that the caller
     * closes: what search alerts match against (a few thousand offers at most, however many alerts).
     */
    public OfferIndex publishedSince(LocalDateTime since) {
        OfferIndex fresh = new OfferIndex();
        fresh.replaceAll(online(em.createQuery(ONLINE + " and o.publishedAt > :since", Object[].class)
                .setParameter("since", since)));
        return fresh;
    }

    /** Every offer online today, newest first (sitemap). */
    public List<IndexedOffer> online() {
        return index.online(CityTime.today());
    }

    /** The index again from the database (at startup, and when the check finds a difference). */
    public void rebuild() {
        long started = System.nanoTime();
        List<OfferText> all = online(em.createQuery(ONLINE, Object[].class));
        index.replaceAll(all);
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Index de recherche reconstruit : " + all.size() + " offres en ligne, en " + millis
                + " ms ; index des textes : " + index.textBytes() / 1024 + " Ko");
    }

    /** Brings one offer up to date after a committed change: in the index if online, out of it if not. */
    public void refresh(long offerId) {
        Optional<OfferText> current = online(em.createQuery(ONLINE + " and o.id = :id", Object[].class)
                .setParameter("id", offerId)).stream().findFirst();
        current.ifPresentOrElse(index::put, () -> index.remove(offerId));
    }

    private static List<OfferText> online(TypedQuery<Object[]> query) {
        return query.setParameter("published", OfferStatus.PUBLISHED).setParameter("today", CityTime.today())
                .getResultStream().map(Search::text).toList();
    }

    private static OfferText text(Object[] r) {
        String missions = (String) r[3];
        IndexedOffer offer = new IndexedOffer((Long) r[0], (String) r[1], (String) r[2],
                IndexedOffer.excerpt(missions), (String) r[5], (String) r[6], (String) r[7], (Long) r[8],
                (String) r[9], (String) r[10], (String) r[11], (String) r[12], (LocalDate) r[13], (Integer) r[14],
                (Integer) r[15], (Boolean) r[16], (EducationLevel) r[17], (Boolean) r[18], (Integer) r[19],
                (LocalDate) r[20], (LocalDateTime) r[21]);
        return new OfferText(offer, missions, (String) r[4], ((Number) r[22]).longValue());
    }
}

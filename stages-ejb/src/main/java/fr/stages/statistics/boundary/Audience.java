package fr.stages.statistics.boundary;

import fr.stages.platform.CityTime;
import fr.stages.platform.TimerRuns;
import fr.stages.search.boundary.Search;
import fr.stages.search.entity.OfferCriteria;
import fr.stages.statistics.control.AudienceCounts;
import fr.stages.statistics.entity.OfferAudience;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The public audience, measured on the server without trackers: the public pages count their views in memory
 * ({@link #counts()}, web.audience), and about once a minute the counts are added to the day's rows
 * (audience_view, search_gap, search_family: V23). No cookie, no address, no browser, no person: counts by day,
 * which the CNIL exempts from consent for audience measurement. What a dashboard shows is at most a minute
 * behind, and a dashboard adds the counts of the minute before it computes.
 * <p>
 * Keywords are kept only for searches that found nothing or almost nothing ({@link #FEW} offers at most, for the
 * words alone, when the counts are added): what the office asks directions to offer.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
@Interceptors(TimerRuns.class)
public class Audience {

    private static final Logger LOG = Logger.getLogger(Audience.class.getName());
    /** A search finding this many offers or fewer found "almost nothing". */
    public static final int FEW = 2;
    /** The search page's line in audience_view. */
    public static final long SEARCH_PAGE = 0;

    @PersistenceContext
    EntityManager em;

    /** The platform's database, for batches of statements (the rows of a minute can be thousands). */
    @Resource(lookup = "jdbc/stages")
    DataSource database;

    @EJB
    Search search;

    @Resource
    SessionContext context;

    private final AudienceCounts counts = new AudienceCounts();
    /** One adding at a time: each row is updated, or inserted when the day has none yet. */
    private final ReentrantLock adding = new ReentrantLock();

    /**
     * The counts the public pages add to. The page filter keeps it and counts without going through the
     * container at each page (the pages counted are served by thousands a second).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AudienceCounts counts() {
        return counts;
    }

    /**
     * Adds the counts of the last minute to the database, in a transaction of its own (add). When the database
     * cannot take them (stopped, unreachable), nothing of the minute is kept, the counts go back to wait for the
     * next minute, and the timer carries on (platform.TimerRuns: a timer that fails twice is dropped for good). Payara
     * ran this singleton's timer in a container transaction despite NOT_SUPPORTED (seen in the CI's PostgreSQL run),
     * hence no local commit here: the writing happens in add, through the bean's proxy.
     */
    @Schedule(hour = "*", minute = "*", persistent = false, timezone = CityTime.ZONE_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void save() {
        adding.lock();
        AudienceCounts.Taken taken = counts.take();
        try {
            if (!taken.isEmpty()) {
                context.getBusinessObject(Audience.class).add(taken, CityTime.today());
            }
        } catch (RuntimeException e) {
            counts.giveBack(taken);
            LOG.log(Level.WARNING, "Mesure d'audience : compteurs non enregistrés, gardés pour la minute suivante", e);
        } finally {
            adding.unlock();
        }
    }

    /** Adds counts taken to the day's rows, all or nothing (save's own transaction). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void add(AudienceCounts.Taken taken, LocalDate day) {
        try (Connection db = database.getConnection()) {
            write(db, taken, day);
        } catch (SQLException e) {
            throw new EJBException(e); // the transaction rolls back; save keeps the counts
        }
    }

    /**
     * When the application stops: the last counts. Without a container transaction of its own (PostgreSQL's
     * driver refused a local commit inside the singleton callback's: RAR5031 at every undeployment).
     */
    @PreDestroy
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void stop() {
        save();
    }

    /**
     * An offer's audience since its views were first counted: the back-office offer page's figure. Null when none
     * was counted yet. (Counts only: the page that shows them checked the caller's direction first.)
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public OfferAudience of(long offerId) {
        Object[] viewed = (Object[]) em.createNativeQuery("select sum(v.views), min(v.counted_on) from audience_view v"
                + " where v.offer_id = ?1").setParameter(1, offerId).getSingleResult();
        if (viewed[0] == null) {
            return null;
        }
        LocalDate since = day(viewed[1]);
        Number applications = (Number) em.createNativeQuery("select count(*) from application a where a.offer_id = ?1"
                + " and a.received_at >= ?2").setParameter(1, offerId)
                .setParameter(2, java.sql.Timestamp.valueOf(since.atStartOfDay())).getSingleResult();
        return new OfferAudience(offerId, null, null, ((Number) viewed[0]).longValue(), since, applications.intValue());
    }

    /** A day as the databases' drivers give it (java.sql.Date, or LocalDate). */
    static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private void write(Connection db, AudienceCounts.Taken taken, LocalDate day) throws SQLException {
        Date date = Date.valueOf(day);
        Map<Long, Long> views = new java.util.HashMap<>(taken.offerViews());
        if (taken.searchViews() > 0) {
            views.put(SEARCH_PAGE, taken.searchViews());
        }
        add(db, "audience_view", "views", "offer_id", date, views, null);

        Map<String, Long> gaps = new java.util.HashMap<>();
        Map<String, Integer> found = new java.util.HashMap<>();
        taken.keywords().forEach((words, searches) -> {
            int total = search.find(OfferCriteria.of(Map.of("q", new String[] {words}))).total();
            if (total <= FEW) {
                gaps.put(words, searches);
                found.put(words, total);
            }
        });
        add(db, "search_gap", "searches", "keywords", date, gaps, found);

        Set<Long> families = new HashSet<>();
        if (!taken.jobFamilies().isEmpty()) {
            for (Object id : em.createNativeQuery("select id from job_family").getResultList()) {
                families.add(((Number) id).longValue());
            }
        }
        Map<Long, Long> asked = new java.util.HashMap<>(taken.jobFamilies());
        asked.keySet().retainAll(families); // a forged number in the address names no job family
        add(db, "search_family", "searches", "job_family_id", date, asked, null);
    }

    /**
     * Adds counts to a table's rows of the day, by key: updated in one batch, the missing rows inserted in
     * another (one adding at a time, on one instance: nobody inserts them meanwhile). Results, when given, are
     * the offers the keywords found, the latest number kept.
     */
    private static <K> void add(Connection db, String table, String column, String keyColumn, Date day,
                                Map<K, Long> counts, Map<K, Integer> results) throws SQLException {
        if (counts.isEmpty()) {
            return;
        }
        List<K> keys = new ArrayList<>(counts.keySet());
        String also = results == null ? "" : ", results = ?";
        int[] updated;
        try (PreparedStatement update = db.prepareStatement("update " + table + " set " + column + " = " + column
                + " + ?" + also + " where counted_on = ? and " + keyColumn + " = ?")) {
            for (K key : keys) {
                int i = 1;
                update.setLong(i++, counts.get(key));
                if (results != null) {
                    update.setInt(i++, results.get(key));
                }
                update.setDate(i++, day);
                update.setObject(i, key);
                update.addBatch();
            }
            updated = update.executeBatch();
        }
        try (PreparedStatement insert = db.prepareStatement("insert into " + table + " (counted_on, " + keyColumn + ", "
                + column + (results == null ? "" : ", results") + ") values (?, ?, ?" + (results == null ? "" : ", ?")
                + ")")) {
            boolean any = false;
            for (int k = 0; k < keys.size(); k++) {
                if (updated[k] == 0) {
                    K key = keys.get(k);
                    insert.setDate(1, day);
                    insert.setObject(2, key);
                    insert.setLong(3, counts.get(key));
                    if (results != null) {
                        insert.setInt(4, results.get(key));
                    }
                    insert.addBatch();
                    any = true;
                }
            }
            if (any) {
                insert.executeBatch();
            }
        }
    }
}

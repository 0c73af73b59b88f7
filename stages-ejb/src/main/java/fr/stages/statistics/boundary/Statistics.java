package fr.stages.statistics.boundary;

import fr.stages.accounts.boundary.Agents;
import fr.stages.accounts.entity.Agent;
import fr.stages.accounts.entity.Role;
import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.JobFamily;
import fr.stages.directions.entity.Service;
import fr.stages.offers.entity.EducationLevel;
import fr.stages.platform.CityTime;
import fr.stages.platform.NotFoundException;
import fr.stages.statistics.control.Answers;
import fr.stages.statistics.control.RecentDashboards;
import fr.stages.statistics.entity.Breakdown;
import fr.stages.statistics.entity.Dashboard;
import fr.stages.statistics.entity.InternTarget;
import fr.stages.statistics.entity.OfferAudience;
import fr.stages.statistics.entity.SearchGap;
import fr.stages.statistics.entity.Visits;
import fr.stages.statistics.entity.ResponseTime;
import fr.stages.statistics.entity.StatisticsPeriod;
import fr.stages.statistics.entity.StatisticsScope;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dashboards. Each caller sees their own scope: the internship office the whole city (or a direction, or a
 * service, it chooses), a correspondent their direction (or one of its services), an agent their service; asking
 * for anything else answers as if it did not exist.
 * <p>
 * Figures are aggregated by the database (native SQL, the same text on H2 and PostgreSQL: days between two
 * moments are differences of EXTRACT(EPOCH …)), a few thousand rows at most come back whatever the number of
 * applications, and the queries only read: under both databases' multi-version concurrency they take no lock an
 * application being sent would wait for. Without a transaction of their own (SUPPORTS): nothing to commit.
 */
@Stateless
@RolesAllowed({Role.AGENT_NAME, Role.CORRESPONDENT_NAME, Role.OFFICE_NAME})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Statistics {

    private static final String DAYS = "floor((extract(epoch from a.answered_at) - extract(epoch from a.received_at)) / 86400)";
    /** An application whose direction's delay has run out (withdrawn before any answer: never counted). */
    private static final String ELIGIBLE = "case when (a.answered_at is null and a.status = 'WITHDRAWN')"
            + " or extract(epoch from cast(?3 as timestamp)) - extract(epoch from a.received_at) <= d.response_days * 86400"
            + " then 0 else 1 end";
    /** No answer within the direction's delay (answered later, or not yet). */
    private static final String LATE = "case when coalesce(extract(epoch from a.answered_at), extract(epoch from cast(?3 as timestamp)))"
            + " - extract(epoch from a.received_at) > d.response_days * 86400 then 1 else 0 end";

    @PersistenceContext
    EntityManager em;

    @EJB
    Agents agents;

    @EJB
    Audience audience;

    /** The offers most viewed that a dashboard lists, and the searches that found almost nothing. */
    static final int MOST_VIEWED = 50;
    static final int SEARCH_GAPS = 50;

    /** Dashboards computed lately, shared by everyone who asks for the same one meanwhile (RecentDashboards). */
    private static final RecentDashboards RECENT = new RecentDashboards(
            java.time.Duration.ofSeconds(Long.getLong("stages.statistics.cache-seconds", 120)));

    /**
     * The dashboard of a period for the caller's scope, narrowed to a direction and a service when given (null:
     * the caller's whole scope).
     */
    public Dashboard dashboard(StatisticsPeriod period, Long directionId, Long serviceId) {
        StatisticsScope scope = scope(directionId, serviceId);
        Dashboard computed = RECENT.get(scope, period, () -> compute(period, scope));
        Integer target = null;
        if (scope.isCity() && period.isSchoolYear()) {
            InternTarget set = em.find(InternTarget.class, period.from().getYear());
            target = set == null ? null : set.getInterns();
        }
        return computed.withTarget(target);
    }

    /**
     * The whole city's dashboard of a period, for the open data files: anyone may ask (what it gives is published
     * aggregated, small groups masked by the file that writes it).
     */
    @PermitAll
    public Dashboard city(StatisticsPeriod period) {
        StatisticsScope scope = StatisticsScope.city();
        return RECENT.get(scope, period, () -> compute(period, scope));
    }

    /** The directions the caller may look at: every one for the office, their own for the others. */
    public List<Direction> directionsForMe() {
        Agent agent = agents.current();
        if (agent.seesEveryDirection()) {
            return em.createQuery("select d from Direction d order by d.name", Direction.class).getResultList();
        }
        return List.of(agent.getDirection());
    }

    /** The services of a direction the caller may look at (their own only, for a service's agent). */
    public List<Service> servicesForMe(long directionId) {
        Agent agent = agents.current();
        if (agent.serviceScope() != null) {
            return List.of(agent.serviceScope());
        }
        Direction direction = em.find(Direction.class, directionId);
        if (direction == null || !agent.actsFor(direction)) {
            throw new NotFoundException("direction " + directionId);
        }
        return em.createQuery("select s from Service s where s.direction.id = :d order by s.name", Service.class)
                .setParameter("d", directionId).getResultList();
    }

    /** The office's target of interns for the school year beginning in that year (null: none set). */
    @RolesAllowed(Role.OFFICE_NAME)
    public InternTarget target(int schoolYear) {
        return em.find(InternTarget.class, schoolYear);
    }

    @RolesAllowed(Role.OFFICE_NAME)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public InternTarget setTarget(int schoolYear, int interns) {
        InternTarget target = em.find(InternTarget.class, schoolYear);
        if (target == null) {
            target = new InternTarget(schoolYear);
            target.set(interns, agents.current().getDisplayName(), CityTime.now());
            em.persist(target);
        } else {
            target.set(interns, agents.current().getDisplayName(), CityTime.now());
        }
        return target;
    }

    /**
     * The scope asked for, within the caller's: a direction or service they may not see is not found, a
     * service's agent is held to their service whatever they ask.
     */
    StatisticsScope scope(Long directionId, Long serviceId) {
        Agent agent = agents.current();
        Direction direction = null;
        if (directionId != null) {
            direction = em.find(Direction.class, directionId);
            if (direction == null || !agent.actsFor(direction)) {
                throw new NotFoundException("direction " + directionId);
            }
        } else if (!agent.seesEveryDirection()) {
            direction = agent.getDirection();
        }
        Service service = null;
        if (serviceId != null) {
            service = em.find(Service.class, serviceId);
            if (service == null || direction == null || !service.getDirection().getId().equals(direction.getId())) {
                throw new NotFoundException("service " + serviceId);
            }
        }
        if (agent.serviceScope() != null) {
            if (service != null && !service.getId().equals(agent.serviceScope().getId())) {
                throw new NotFoundException("service " + serviceId);
            }
            service = agent.serviceScope();
        }
        return direction == null ? StatisticsScope.city()
                : new StatisticsScope(direction.getId(), direction.getName(),
                        service == null ? null : service.getId(), service == null ? null : service.getName());
    }

    // --- the queries ---------------------------------------------------------------------------------------

    private static final String APPLICATIONS = " from application a join offer o on o.id = a.offer_id"
            + " join direction d on d.id = o.direction_id";
    /** In the period (?1, ?2) or the same days a year earlier (?4, ?5). */
    private static final String BOTH = "((%1$s >= ?1 and %1$s < ?2) or (%1$s >= ?4 and %1$s < ?5))";
    private static final String IN_PERIOD = "case when %1$s >= ?1 and %1$s < ?2 then 1 else 0 end";

    /** The scope's condition on the offer o (parameters ?10 and ?11). */
    private static String where(StatisticsScope scope) {
        return (scope.directionId() == null ? "" : " and o.direction_id = ?10")
                + (scope.serviceId() == null ? "" : " and o.service_id = ?11");
    }

    /** The same for a spontaneous application s: naming the scope's direction, or no direction (all of them). */
    private static String spontaneousWhere(StatisticsScope scope) {
        return scope.directionId() == null ? "" : " and (exists (select 1 from spontaneous_direction sd"
                + " where sd.spontaneous_id = s.id and sd.direction_id = ?10) or not exists (select 1 from"
                + " spontaneous_direction sd where sd.spontaneous_id = s.id))";
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, StatisticsPeriod period, StatisticsScope scope, LocalDateTime now) {
        StatisticsPeriod before = period.yearBefore();
        Query query = em.createNativeQuery(sql)
                .setParameter(1, Timestamp.valueOf(period.from().atStartOfDay()))
                .setParameter(2, Timestamp.valueOf(period.to().plusDays(1).atStartOfDay()));
        if (sql.contains("?3")) {
            query.setParameter(3, Timestamp.valueOf(now));
        }
        if (sql.contains("?4")) {
            query.setParameter(4, Timestamp.valueOf(before.from().atStartOfDay()))
                    .setParameter(5, Timestamp.valueOf(before.to().plusDays(1).atStartOfDay()));
        }
        if (sql.contains("?10")) {
            query.setParameter(10, scope.directionId());
        }
        if (sql.contains("?11")) {
            query.setParameter(11, scope.serviceId());
        }
        return ((List<Object>) query.getResultList()).stream()
                .map(r -> r instanceof Object[] row ? row : new Object[] {r}).toList();
    }

    private static int n(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    /**
     * The dashboard from the database: two passes over the applications (one over both periods for the answers,
     * the funnel and the units; one over the period for job families, levels and months), one over the offers of
     * both periods, two over the spontaneous applications. Each pass is grouped by the database.
     */
    private Dashboard compute(StatisticsPeriod period, StatisticsScope scope) {
        audience.save(); // the views of the last minute, not yet added
        LocalDateTime now = CityTime.now();
        Answers current = new Answers();
        Answers before = new Answers();
        Map<Long, Answers> units = new LinkedHashMap<>();
        String unit = scope.isCity() ? "o.direction_id" : "coalesce(o.service_id, -1)";
        for (Object[] r : rows("select t.p, t.unit, t.status, t.sl, t.iv, t.days, t.eligible, t.late, count(*) from ("
                + "select " + IN_PERIOD.formatted("a.received_at") + " as p, " + unit + " as unit, a.status as status,"
                + " case when a.shortlisted_at is null then 0 else 1 end as sl,"
                + " case when a.interview_at is null then 0 else 1 end as iv,"
                + " case when a.answered_at is null then -1 else " + DAYS + " end as days, " + ELIGIBLE + " as eligible, "
                + LATE + " as late" + APPLICATIONS + " where " + BOTH.formatted("a.received_at") + where(scope)
                + ") t group by t.p, t.unit, t.status, t.sl, t.iv, t.days, t.eligible, t.late", period, scope, now)) {
            Answers.Line line = new Answers.Line((String) r[2], n(r[3]) == 1, n(r[4]) == 1, n(r[5]), n(r[6]) == 1,
                    n(r[7]) == 1, n(r[8]));
            if (n(r[0]) == 1) {
                current.add(line);
                units.computeIfAbsent(id(r[1]), k -> new Answers()).add(line);
            } else {
                before.add(line);
            }
        }

        // offers of both periods by job family, level, month, duration and pay
        Map<Long, int[]> families = new TreeMap<>(); // offers, places, applications, spontaneous
        Map<String, int[]> levels = new LinkedHashMap<>();
        for (EducationLevel level : EducationLevel.values()) {
            levels.put(level.name(), new int[4]);
        }
        Map<YearMonth, int[]> months = new TreeMap<>();
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
            months.put(m, new int[4]);
        }
        Map<String, int[]> durations = new LinkedHashMap<>();
        for (String range : List.of("court", "moyen", "long")) {
            durations.put(range, new int[4]);
        }
        int[][] offers = new int[2][4]; // per period: offers, places, paid, weeks
        for (Object[] r : rows("select t.p, t.f, t.l, t.y, t.m, t.w, t.paid, count(*), sum(t.positions) from (select "
                + IN_PERIOD.formatted("o.published_at") + " as p, o.job_family_id as f, o.education_level as l,"
                + " extract(year from o.published_at) as y, extract(month from o.published_at) as m,"
                + " o.duration_weeks as w, case when o.paid then 1 else 0 end as paid, o.positions as positions"
                + " from offer o where " + BOTH.formatted("o.published_at") + where(scope)
                + ") t group by t.p, t.f, t.l, t.y, t.m, t.w, t.paid", period, scope, now)) {
            int count = n(r[7]);
            int places = n(r[8]);
            int[] totals = offers[n(r[0])];
            totals[0] += count;
            totals[1] += places;
            totals[2] += n(r[6]) * count;
            totals[3] += n(r[5]) * count;
            if (n(r[0]) == 1) {
                add(families.computeIfAbsent(id(r[1]), k -> new int[4]), count, places);
                add(levels.computeIfAbsent((String) r[2], k -> new int[4]), count, places);
                add(months.computeIfAbsent(YearMonth.of(n(r[3]), n(r[4])), k -> new int[4]), count, places);
                int weeks = n(r[5]);
                add(durations.get(weeks <= 8 ? "court" : weeks <= 17 ? "moyen" : "long"), count, places);
            }
        }
        // applications of the period by job family, candidate's level and month
        for (Object[] r : rows("select t.f, t.l, t.y, t.m, count(*) from (select o.job_family_id as f,"
                + " a.education_level as l, extract(year from a.received_at) as y, extract(month from a.received_at) as m"
                + " from application a join offer o on o.id = a.offer_id where a.received_at >= ?1 and a.received_at < ?2"
                + where(scope) + ") t group by t.f, t.l, t.y, t.m", period, scope, now)) {
            int count = n(r[4]);
            families.computeIfAbsent(id(r[0]), k -> new int[4])[2] += count;
            levels.computeIfAbsent((String) r[1], k -> new int[4])[2] += count;
            months.computeIfAbsent(YearMonth.of(n(r[2]), n(r[3])), k -> new int[4])[2] += count;
        }
        // spontaneous applications of both periods (by month), and those of the period by the job family they ask
        int[] spontaneous = new int[2];
        for (Object[] r : rows("select t.p, t.y, t.m, count(*) from (select " + IN_PERIOD.formatted("s.received_at")
                + " as p, extract(year from s.received_at) as y, extract(month from s.received_at) as m"
                + " from spontaneous_application s where " + BOTH.formatted("s.received_at") + spontaneousWhere(scope)
                + ") t group by t.p, t.y, t.m", period, scope, now)) {
            spontaneous[n(r[0])] += n(r[3]);
            if (n(r[0]) == 1) {
                months.computeIfAbsent(YearMonth.of(n(r[1]), n(r[2])), k -> new int[4])[3] += n(r[3]);
            }
        }
        for (Object[] r : rows("select sf.job_family_id, count(*) from spontaneous_application s join spontaneous_job_family sf"
                + " on sf.spontaneous_id = s.id where s.received_at >= ?1 and s.received_at < ?2" + spontaneousWhere(scope)
                + " group by sf.job_family_id", period, scope, now)) {
            families.computeIfAbsent(id(r[0]), k -> new int[4])[3] += n(r[1]);
        }

        // the public audience: views of both periods, searches narrowed to a job family
        long[][] views = new long[2][2]; // per period: search page, offers
        for (Object[] r : rows("select t.p, t.s, sum(t.views) from (select " + IN_PERIOD.formatted("v.counted_on")
                + " as p, case when v.offer_id = " + Audience.SEARCH_PAGE + " then 1 else 0 end as s, v.views as views"
                + " from audience_view v" + (scope.isCity() ? " where " : " join offer o on o.id = v.offer_id where ")
                + BOTH.formatted("v.counted_on") + where(scope) + ") t group by t.p, t.s", period, scope, now)) {
            views[n(r[0])][n(r[1]) == 1 ? 0 : 1] += ((Number) r[2]).longValue();
        }
        Map<Long, Long> familySearches = new TreeMap<>(); // the whole site's searches, for every scope
        for (Object[] r : rows("select f.job_family_id, sum(f.searches) from search_family f where f.counted_on >= ?1"
                + " and f.counted_on < ?2 group by f.job_family_id", period, scope, now)) {
            familySearches.put(id(r[0]), ((Number) r[1]).longValue());
            if (scope.isCity()) { // a family searched that the city does not offer: demand without supply
                families.computeIfAbsent(id(r[0]), k -> new int[4]);
            }
        }

        return new Dashboard(period, scope, current.figures(offers[1], spontaneous[1]),
                before.figures(offers[0], spontaneous[0]), current.funnel(), responseTimes(scope, units),
                breakdown(families, familyNames(), familySearches), breakdown(levels, null, null),
                breakdown(months, null, null), breakdown(durations, null, null),
                new Visits(scope.isCity() ? views[1][0] : 0, views[1][1]),
                new Visits(scope.isCity() ? views[0][0] : 0, views[0][1]), mostViewed(period, scope, now),
                scope.isCity() ? searchGaps(period, scope, now) : List.of(), null, now);
    }

    /**
     * The scope's offers most viewed in the period, with the applications each received since its views were first
     * counted.
     */
    private List<OfferAudience> mostViewed(StatisticsPeriod period, StatisticsScope scope, LocalDateTime now) {
        List<Object[]> viewed = rows("select o.id, o.reference, o.title, sum(v.views), min(v.counted_on) from audience_view v"
                + " join offer o on o.id = v.offer_id where v.counted_on >= ?1 and v.counted_on < ?2" + where(scope)
                + " group by o.id, o.reference, o.title order by sum(v.views) desc, o.id fetch first " + MOST_VIEWED
                + " rows only", period, scope, now);
        if (viewed.isEmpty()) {
            return List.of();
        }
        // applications from the first day the offer's views were counted: an offer read before the platform counted
        // its views would otherwise turn more than all its views into applications
        Map<Long, Integer> applications = new TreeMap<>();
        String ids = viewed.stream().map(r -> Long.toString(id(r[0]))).collect(java.util.stream.Collectors.joining(","));
        for (Object[] r : rows("select a.offer_id, count(*) from application a join (select v.offer_id as offer_id,"
                + " min(v.counted_on) as since from audience_view v where v.offer_id in (" + ids + ")"
                + " and v.counted_on >= ?1 and v.counted_on < ?2 group by v.offer_id) f on f.offer_id = a.offer_id"
                + " where a.received_at >= f.since and a.received_at < ?2 group by a.offer_id", period, scope, now)) {
            applications.put(id(r[0]), n(r[1]));
        }
        return viewed.stream().map(r -> new OfferAudience(id(r[0]), (String) r[1], (String) r[2],
                ((Number) r[3]).longValue(), Audience.day(r[4]), applications.getOrDefault(id(r[0]), 0))).toList();
    }

    /** The keywords searched in the period that found almost nothing, the most searched first. */
    private List<SearchGap> searchGaps(StatisticsPeriod period, StatisticsScope scope, LocalDateTime now) {
        return rows("select g.keywords, sum(g.searches), min(g.results) from search_gap g where g.counted_on >= ?1"
                + " and g.counted_on < ?2 group by g.keywords order by sum(g.searches) desc, g.keywords fetch first "
                + SEARCH_GAPS + " rows only", period, scope, now).stream()
                .map(r -> new SearchGap((String) r[0], ((Number) r[1]).longValue(), n(r[2]))).toList();
    }

    private static void add(int[] line, int offers, int places) {
        line[0] += offers;
        line[1] += places;
    }

    private Map<Long, String> familyNames() {
        Map<Long, String> names = new TreeMap<>();
        em.createQuery("select f from JobFamily f", JobFamily.class).getResultList()
                .forEach(f -> names.put(f.getId(), f.getName()));
        return names;
    }

    /**
     * Lines of a table, keyed by what they count (with the searches narrowed to each, for job families); job
     * families most asked first, the others in their order.
     */
    private static <K> List<Breakdown> breakdown(Map<K, int[]> lines, Map<Long, String> names, Map<K, Long> searches) {
        List<Breakdown> list = new ArrayList<>();
        lines.forEach((key, c) -> list.add(new Breakdown(key.toString(),
                names == null ? key.toString() : names.getOrDefault((Long) key, ""), c[0], c[1], c[2], c[3],
                searches == null ? 0 : searches.getOrDefault(key, 0L))));
        if (names != null) {
            list.sort(Comparator.comparing((Breakdown b) -> -(b.applications() + b.spontaneous())).thenComparing(Breakdown::name));
        }
        return list;
    }

    /**
     * Per direction for the city, per service for a direction (offers without a service together), the scope's
     * own line for a service; ranked from the fewest late answers, then the shortest median.
     */
    private List<ResponseTime> responseTimes(StatisticsScope scope, Map<Long, Answers> units) {
        Map<Long, String> names = new TreeMap<>();
        if (scope.isCity()) {
            em.createQuery("select d from Direction d", Direction.class).getResultList()
                    .forEach(d -> names.put(d.getId(), d.getName()));
        } else {
            em.createQuery("select s from Service s where s.direction.id = :d", Service.class)
                    .setParameter("d", scope.directionId()).getResultList()
                    .forEach(s -> names.put(s.getId(), s.getName()));
        }
        List<ResponseTime> list = new ArrayList<>();
        units.forEach((id, answers) -> list.add(answers.responseTime(names.getOrDefault(id, ""))));
        list.sort(Comparator.comparing((ResponseTime t) -> t.lateShare() == null ? 2.0 : t.lateShare())
                .thenComparing(t -> t.medianDays() == null ? Integer.MAX_VALUE : t.medianDays())
                .thenComparing(ResponseTime::unit));
        return list;
    }
}

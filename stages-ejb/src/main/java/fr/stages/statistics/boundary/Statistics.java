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
import fr.stages.statistics.control.DayHistogram;
import fr.stages.statistics.entity.Breakdown;
import fr.stages.statistics.entity.Dashboard;
import fr.stages.statistics.entity.Figures;
import fr.stages.statistics.entity.Funnel;
import fr.stages.statistics.entity.InternTarget;
import fr.stages.statistics.entity.ResponseTime;
import fr.stages.statistics.entity.StatisticsPeriod;
import fr.stages.statistics.entity.StatisticsScope;
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

    /**
     * The dashboard of a period for the caller's scope, narrowed to a direction and a service when given (null:
     * the caller's whole scope).
     */
    public Dashboard dashboard(StatisticsPeriod period, Long directionId, Long serviceId) {
        StatisticsScope scope = scope(directionId, serviceId);
        LocalDateTime now = CityTime.now();
        Figures figures = figures(period, scope, now);
        Figures before = figures(period.yearBefore(), scope, now);
        Integer target = null;
        if (scope.isCity() && period.isSchoolYear()) {
            InternTarget set = em.find(InternTarget.class, period.from().getYear());
            target = set == null ? null : set.getInterns();
        }
        return new Dashboard(period, scope, figures, before, funnel(period, scope, now), responseTimes(period, scope, now),
                jobFamilies(period, scope), levels(period, scope), months(period, scope), durations(period, scope),
                target, now);
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

    /** The scope's condition on the offer o (parameters ?10 and ?11). */
    private static String where(StatisticsScope scope) {
        return (scope.directionId() == null ? "" : " and o.direction_id = ?10")
                + (scope.serviceId() == null ? "" : " and o.service_id = ?11");
    }

    private Query query(String sql, StatisticsPeriod period, StatisticsScope scope, LocalDateTime now) {
        Query query = em.createNativeQuery(sql)
                .setParameter(1, Timestamp.valueOf(period.from().atStartOfDay()))
                .setParameter(2, Timestamp.valueOf(period.to().plusDays(1).atStartOfDay()));
        if (sql.contains("?3")) {
            query.setParameter(3, Timestamp.valueOf(now));
        }
        if (scope.directionId() != null) {
            query.setParameter(10, scope.directionId());
        }
        if (scope.serviceId() != null) {
            query.setParameter(11, scope.serviceId());
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, StatisticsPeriod period, StatisticsScope scope, LocalDateTime now) {
        return query(sql, period, scope, now).getResultList();
    }

    private static int n(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static final String APPLICATIONS = " from application a join offer o on o.id = a.offer_id"
            + " join direction d on d.id = o.direction_id where a.received_at >= ?1 and a.received_at < ?2";
    private static final String OFFERS = " from offer o where o.published_at >= ?1 and o.published_at < ?2";

    private Figures figures(StatisticsPeriod period, StatisticsScope scope, LocalDateTime now) {
        Object[] offers = rows("select count(*), sum(o.positions), sum(case when o.paid then 1 else 0 end),"
                + " sum(o.duration_weeks)" + OFFERS + where(scope), period, scope, now).get(0);
        DayHistogram days = new DayHistogram();
        int applications = 0;
        int eligible = 0;
        int late = 0;
        for (Object[] r : rows("select t.days, t.eligible, t.late, count(*) from (select case when a.answered_at is null"
                + " then -1 else " + DAYS + " end as days, " + ELIGIBLE + " as eligible, " + LATE + " as late"
                + APPLICATIONS + where(scope) + ") t group by t.days, t.eligible, t.late", period, scope, now)) {
            int count = n(r[3]);
            applications += count;
            if (n(r[0]) >= 0) {
                days.add(n(r[0]), count);
            }
            if (n(r[1]) == 1) {
                eligible += count;
                late += n(r[2]) * count;
            }
        }
        int accepted = n(rows("select count(*) from application a join offer o on o.id = a.offer_id"
                + " where a.status = 'ACCEPTED' and a.status_changed_at >= ?1 and a.status_changed_at < ?2"
                + where(scope), period, scope, now).get(0));
        return new Figures(n(offers[0]), n(offers[1]), n(offers[2]), n(offers[3]), applications,
                spontaneous(period, scope), accepted, days.total(), days.percentile(50), days.percentile(90),
                eligible, late);
    }

    /** Spontaneous applications received, for every direction or naming the scope's (or naming none: all). */
    private int spontaneous(StatisticsPeriod period, StatisticsScope scope) {
        String sql = "select count(*) from spontaneous_application s where s.received_at >= ?1 and s.received_at < ?2"
                + (scope.directionId() == null ? "" : " and (exists (select 1 from spontaneous_direction sd"
                + " where sd.spontaneous_id = s.id and sd.direction_id = ?10) or not exists (select 1 from"
                + " spontaneous_direction sd where sd.spontaneous_id = s.id))");
        Query query = em.createNativeQuery(sql)
                .setParameter(1, Timestamp.valueOf(period.from().atStartOfDay()))
                .setParameter(2, Timestamp.valueOf(period.to().plusDays(1).atStartOfDay()));
        if (scope.directionId() != null) {
            query.setParameter(10, scope.directionId());
        }
        return n(query.getSingleResult());
    }

    private Funnel funnel(StatisticsPeriod period, StatisticsScope scope, LocalDateTime now) {
        int received = 0, read = 0, shortlisted = 0, interview = 0, accepted = 0, rejected = 0, withdrawn = 0;
        int invited = 0, waiting = 0, never = 0;
        for (Object[] r : rows("select t.status, t.shortlisted, t.interview, t.answered, t.eligible, count(*) from ("
                + "select a.status as status, case when a.shortlisted_at is null then 0 else 1 end as shortlisted,"
                + " case when a.interview_at is null then 0 else 1 end as interview,"
                + " case when a.answered_at is null then 0 else 1 end as answered, " + ELIGIBLE + " as eligible"
                + APPLICATIONS + where(scope) + ") t group by t.status, t.shortlisted, t.interview, t.answered, t.eligible",
                period, scope, now)) {
            String status = (String) r[0];
            boolean wasShortlisted = n(r[1]) == 1;
            boolean answered = n(r[3]) == 1;
            int count = n(r[5]);
            received += count;
            // opened or handled: anything but received, except a withdrawal before the direction did anything
            if (!status.equals("RECEIVED") && !(status.equals("WITHDRAWN") && !wasShortlisted && !answered)) {
                read += count;
            }
            shortlisted += wasShortlisted ? count : 0;
            interview += n(r[2]) == 1 ? count : 0;
            switch (status) {
                case "ACCEPTED" -> accepted += count;
                case "REJECTED" -> rejected += count;
                case "WITHDRAWN" -> withdrawn += count;
                case "INVITED" -> invited += count;
                default -> { // received, read, shortlisted: no answer yet
                    if (n(r[4]) == 1) {
                        never += count;
                    } else {
                        waiting += count;
                    }
                }
            }
        }
        return new Funnel(received, read, shortlisted, interview, accepted, rejected, withdrawn, invited, waiting, never);
    }

    /**
     * Per direction for the city, per service for a direction (offers without a service together), the scope's
     * own line for a service; ranked from the fewest late answers, then the shortest median.
     */
    private List<ResponseTime> responseTimes(StatisticsPeriod period, StatisticsScope scope, LocalDateTime now) {
        String unit = scope.isCity() ? "o.direction_id" : "coalesce(o.service_id, -1)";
        Map<Long, DayHistogram> histograms = new LinkedHashMap<>();
        Map<Long, int[]> counts = new LinkedHashMap<>(); // applications, eligible, late
        for (Object[] r : rows("select t.unit, t.days, t.eligible, t.late, count(*) from (select " + unit + " as unit,"
                + " case when a.answered_at is null then -1 else " + DAYS + " end as days, " + ELIGIBLE + " as eligible, "
                + LATE + " as late" + APPLICATIONS + where(scope) + ") t group by t.unit, t.days, t.eligible, t.late",
                period, scope, now)) {
            long id = ((Number) r[0]).longValue();
            int count = n(r[4]);
            int[] c = counts.computeIfAbsent(id, k -> new int[3]);
            c[0] += count;
            if (n(r[2]) == 1) {
                c[1] += count;
                c[2] += n(r[3]) * count;
            }
            if (n(r[1]) >= 0) {
                histograms.computeIfAbsent(id, k -> new DayHistogram()).add(n(r[1]), count);
            }
        }
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
        counts.forEach((id, c) -> {
            DayHistogram h = histograms.getOrDefault(id, new DayHistogram());
            list.add(new ResponseTime(names.getOrDefault(id, ""), c[0], h.total(), h.percentile(50), h.percentile(90),
                    c[1], c[2]));
        });
        list.sort(Comparator.comparing((ResponseTime t) -> t.lateShare() == null ? 2.0 : t.lateShare())
                .thenComparing(t -> t.medianDays() == null ? Integer.MAX_VALUE : t.medianDays())
                .thenComparing(ResponseTime::unit));
        return list;
    }

    private List<Breakdown> jobFamilies(StatisticsPeriod period, StatisticsScope scope) {
        LocalDateTime now = null;
        Map<Long, int[]> by = new TreeMap<>(); // offers, places, applications, spontaneous
        for (Object[] r : rows("select o.job_family_id, count(*), sum(o.positions)" + OFFERS + where(scope)
                + " group by o.job_family_id", period, scope, now)) {
            int[] c = by.computeIfAbsent(((Number) r[0]).longValue(), k -> new int[4]);
            c[0] = n(r[1]);
            c[1] = n(r[2]);
        }
        for (Object[] r : rows("select o.job_family_id, count(*)" + APPLICATIONS + where(scope)
                + " group by o.job_family_id", period, scope, now)) {
            by.computeIfAbsent(((Number) r[0]).longValue(), k -> new int[4])[2] = n(r[1]);
        }
        String spontaneous = "select sf.job_family_id, count(*) from spontaneous_application s join spontaneous_job_family sf"
                + " on sf.spontaneous_id = s.id where s.received_at >= ?1 and s.received_at < ?2"
                + (scope.directionId() == null ? "" : " and (exists (select 1 from spontaneous_direction sd"
                + " where sd.spontaneous_id = s.id and sd.direction_id = ?10) or not exists (select 1 from"
                + " spontaneous_direction sd where sd.spontaneous_id = s.id))") + " group by sf.job_family_id";
        Query query = em.createNativeQuery(spontaneous)
                .setParameter(1, Timestamp.valueOf(period.from().atStartOfDay()))
                .setParameter(2, Timestamp.valueOf(period.to().plusDays(1).atStartOfDay()));
        if (scope.directionId() != null) {
            query.setParameter(10, scope.directionId());
        }
        for (Object r : query.getResultList()) {
            Object[] row = (Object[]) r;
            by.computeIfAbsent(((Number) row[0]).longValue(), k -> new int[4])[3] = n(row[1]);
        }
        Map<Long, String> names = new TreeMap<>();
        em.createQuery("select f from JobFamily f", JobFamily.class).getResultList()
                .forEach(f -> names.put(f.getId(), f.getName()));
        List<Breakdown> list = new ArrayList<>();
        by.forEach((id, c) -> list.add(new Breakdown(Long.toString(id), names.getOrDefault(id, ""), c[0], c[1], c[2], c[3])));
        // most asked first: where the demand is
        list.sort(Comparator.comparing((Breakdown b) -> -(b.applications() + b.spontaneous())).thenComparing(Breakdown::name));
        return list;
    }

    private List<Breakdown> levels(StatisticsPeriod period, StatisticsScope scope) {
        Map<String, int[]> by = new LinkedHashMap<>();
        for (EducationLevel level : EducationLevel.values()) {
            by.put(level.name(), new int[3]);
        }
        for (Object[] r : rows("select o.education_level, count(*), sum(o.positions)" + OFFERS + where(scope)
                + " group by o.education_level", period, scope, null)) {
            int[] c = by.computeIfAbsent((String) r[0], k -> new int[3]);
            c[0] = n(r[1]);
            c[1] = n(r[2]);
        }
        for (Object[] r : rows("select a.education_level, count(*)" + APPLICATIONS + where(scope)
                + " group by a.education_level", period, scope, null)) {
            by.computeIfAbsent((String) r[0], k -> new int[3])[2] = n(r[1]);
        }
        List<Breakdown> list = new ArrayList<>();
        by.forEach((level, c) -> list.add(new Breakdown(level, level, c[0], c[1], c[2], 0)));
        return list;
    }

    private List<Breakdown> months(StatisticsPeriod period, StatisticsScope scope) {
        Map<YearMonth, int[]> by = new TreeMap<>();
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
            by.put(m, new int[4]);
        }
        for (Object[] r : rows("select t.y, t.m, count(*), sum(t.positions) from (select extract(year from o.published_at) as y,"
                + " extract(month from o.published_at) as m, o.positions as positions" + OFFERS + where(scope)
                + ") t group by t.y, t.m", period, scope, null)) {
            int[] c = by.computeIfAbsent(YearMonth.of(n(r[0]), n(r[1])), k -> new int[4]);
            c[0] = n(r[2]);
            c[1] = n(r[3]);
        }
        for (Object[] r : rows("select t.y, t.m, count(*) from (select extract(year from a.received_at) as y,"
                + " extract(month from a.received_at) as m" + APPLICATIONS + where(scope) + ") t group by t.y, t.m",
                period, scope, null)) {
            by.computeIfAbsent(YearMonth.of(n(r[0]), n(r[1])), k -> new int[4])[2] = n(r[2]);
        }
        String spontaneous = "select t.y, t.m, count(*) from (select extract(year from s.received_at) as y,"
                + " extract(month from s.received_at) as m from spontaneous_application s where s.received_at >= ?1"
                + " and s.received_at < ?2" + (scope.directionId() == null ? "" : " and (exists (select 1 from"
                + " spontaneous_direction sd where sd.spontaneous_id = s.id and sd.direction_id = ?10) or not exists"
                + " (select 1 from spontaneous_direction sd where sd.spontaneous_id = s.id))") + ") t group by t.y, t.m";
        Query query = em.createNativeQuery(spontaneous)
                .setParameter(1, Timestamp.valueOf(period.from().atStartOfDay()))
                .setParameter(2, Timestamp.valueOf(period.to().plusDays(1).atStartOfDay()));
        if (scope.directionId() != null) {
            query.setParameter(10, scope.directionId());
        }
        for (Object r : query.getResultList()) {
            Object[] row = (Object[]) r;
            by.computeIfAbsent(YearMonth.of(n(row[0]), n(row[1])), k -> new int[4])[3] = n(row[2]);
        }
        List<Breakdown> list = new ArrayList<>();
        by.forEach((month, c) -> list.add(new Breakdown(month.toString(), month.toString(), c[0], c[1], c[2], c[3])));
        return list;
    }

    /** Offers by duration, in the search's three ranges (up to 8 weeks, up to 17, longer). */
    private List<Breakdown> durations(StatisticsPeriod period, StatisticsScope scope) {
        Map<String, int[]> by = new LinkedHashMap<>();
        for (String range : List.of("court", "moyen", "long")) {
            by.put(range, new int[2]);
        }
        for (Object[] r : rows("select t.r, count(*), sum(t.positions) from (select case when o.duration_weeks <= 8"
                + " then 'court' when o.duration_weeks <= 17 then 'moyen' else 'long' end as r, o.positions as positions"
                + OFFERS + where(scope) + ") t group by t.r", period, scope, null)) {
            int[] c = by.get(((String) r[0]).strip());
            c[0] = n(r[1]);
            c[1] = n(r[2]);
        }
        List<Breakdown> list = new ArrayList<>();
        by.forEach((range, c) -> list.add(new Breakdown(range, range, c[0], c[1], 0, 0)));
        return list;
    }
}

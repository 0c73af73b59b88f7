package fr.stages.applications.boundary;

import fr.stages.accounts.entity.Agent;
import fr.stages.accounts.entity.Role;
import fr.stages.applications.control.ApplicationMails;
import fr.stages.applications.entity.Application;
import fr.stages.applications.entity.ApplicationStatus;
import fr.stages.applications.entity.ReminderReport;
import fr.stages.notifications.boundary.Notifications;
import fr.stages.notifications.entity.Mail;
import fr.stages.offers.entity.Offer;
import fr.stages.platform.CityTime;
import fr.stages.platform.DailyRuns;
import fr.stages.platform.Dates;
import fr.stages.platform.PublicUrl;
import fr.stages.platform.TimerRuns;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Response delays: every morning, each agent and correspondent receives the list of the applications they
 * manage that wait for an answer longer than their direction allows (Direction.responseDays). Once a day, even
 * with several instances of the platform (DailyRuns); nothing is sent to whom nothing is late.
 */
@Stateless
@PermitAll
@Interceptors(TimerRuns.class)
public class Reminders {

    public static final String JOB = "daily-digest";
    private static final Logger LOG = Logger.getLogger(Reminders.class.getName());
    /** Offers listed in one reminder; the rest are counted. */
    static final int MAX_LINES = 25;

    @PersistenceContext
    EntityManager em;

    @EJB
    Notifications notifications;

    @EJB
    DailyRuns runs;

    /** When the reminders leave each morning, Paris time (the schedule below says the same). */
    public static final java.time.LocalTime AT = java.time.LocalTime.of(7, 30);

    @EJB
    fr.stages.accounts.boundary.Agents agents;

    @Resource
    SessionContext context;

    /** The timer's run, in transactions of remind's own (platform.TimerRuns says why). */
    @Schedule(hour = "7", minute = "30", persistent = false, timezone = CityTime.ZONE_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everyMorning() {
        int sent = context.getBusinessObject(Reminders.class).remind(CityTime.today());
        LOG.info(() -> sent < 0 ? "Rappel quotidien déjà envoyé aujourd'hui par une autre instance"
                : "Rappels quotidiens des candidatures en attente envoyés : " + sent);
    }

    /** Sends that day's reminders if no instance did yet; answers how many, or -1 when they were sent already. */
    public int remind(LocalDate day) {
        try {
            if (!runs.claim(JOB, day)) {
                return -1;
            }
        } catch (EJBException e) {
            return -1; // another instance claimed the day at the same moment
        }
        LocalDateTime now = CityTime.now();
        List<Application> late = em.createQuery("""
                        select a from Application a join fetch a.offer o join fetch o.direction left join fetch o.service
                        where a.status in :unanswered and a.receivedAt < :oldest""", Application.class)
                .setParameter("unanswered", ApplicationStatus.UNANSWERED)
                .setParameter("oldest", now.minusDays(1))
                .getResultList().stream()
                .filter(a -> a.isUnansweredAfter(a.getOffer().getDirection().getResponseDays(), now))
                .toList();
        if (late.isEmpty()) {
            return 0;
        }
        List<Agent> agents = em.createQuery("""
                        select g from Agent g left join fetch g.direction left join fetch g.service
                        where g.active = true and g.role in :roles""", Agent.class)
                .setParameter("roles", List.of(Role.AGENT, Role.CORRESPONDENT))
                .getResultList();
        ResourceBundle texts = ResourceBundle.getBundle(ApplicationMails.BUNDLE, Locale.FRENCH);
        String base = PublicUrl.forMessages();
        int sent = 0;
        for (Agent agent : agents) {
            List<Application> theirs = late.stream().filter(a -> a.getOffer().isManagedBy(agent)).toList();
            if (!theirs.isEmpty()) {
                notifications.send(Mail.digest(agent.emailAddress(), agent.getDisplayName(),
                        format(texts, "DAILY_DIGEST.subject", theirs.size()), list(texts, theirs, base)));
                sent++;
            }
        }
        return sent;
    }

    /**
     * The reminder as the caller's direction sees it: its next run (this morning's if it has not come yet,
     * else tomorrow's), when it last ran, and the reminders it then sent to the direction's agents.
     */
    @RolesAllowed(Role.CORRESPONDENT_NAME)
    public ReminderReport ofMyDirection() {
        Agent me = agents.current();
        LocalDateTime now = CityTime.now();
        LocalDateTime next = now.toLocalTime().isBefore(AT) ? CityTime.today().atTime(AT)
                : CityTime.today().plusDays(1).atTime(AT);
        // the last run by when it ran (its day is the one it was claimed for)
        LocalDateTime last = em.createQuery("select max(r.claimedAt) from DailyRun r where r.name = :job",
                LocalDateTime.class).setParameter("job", JOB).getSingleResult();
        if (last == null) {
            return new ReminderReport(next, null, List.of());
        }
        List<ReminderReport.Sent> sent = em.createQuery("""
                        select m from Mail m where m.kind = :digest and m.queuedAt >= :from and m.queuedAt < :to
                        and lower(m.recipient) in (select lower(g.email) from Agent g where g.direction.id = :direction)
                        order by m.recipientName, m.recipient""", Mail.class)
                .setParameter("digest", fr.stages.notifications.entity.MailKind.DAILY_DIGEST)
                // a run claims its day, then queues its mails within seconds
                .setParameter("from", last)
                .setParameter("to", last.plusHours(1))
                .setParameter("direction", me.getDirection().getId())
                .getResultStream()
                .map(m -> new ReminderReport.Sent(m.getRecipientName(), m.getRecipient(), m.getSubject(),
                        m.getStatus(), m.getSentAt()))
                .toList();
        return new ReminderReport(next, last, sent);
    }

    /** One line per offer, the offers with the oldest waiting application first. */
    private static String list(ResourceBundle texts, List<Application> applications, String base) {
        Map<Offer, List<Application>> byOffer = new LinkedHashMap<>();
        applications.stream().sorted(Comparator.comparing(Application::getReceivedAt))
                .forEach(a -> byOffer.computeIfAbsent(a.getOffer(), o -> new ArrayList<>()).add(a));
        List<String> lines = new ArrayList<>();
        byOffer.forEach((offer, waiting) -> {
            if (lines.size() < MAX_LINES) {
                lines.add(format(texts, "DAILY_DIGEST.line", offer.getTitle(), offer.getReference(), waiting.size(),
                        Dates.longDate(waiting.get(0).getReceivedAt().toLocalDate(), Locale.FRENCH),
                        base + "/backoffice/offer.xhtml?id=" + offer.getId()));
            }
        });
        if (byOffer.size() > MAX_LINES) {
            lines.add(format(texts, "DAILY_DIGEST.more", byOffer.size() - MAX_LINES));
        }
        return String.join("\n", lines);
    }

    private static String format(ResourceBundle texts, String key, Object... values) {
        return new MessageFormat(texts.getString(key), Locale.FRENCH).format(values);
    }
}

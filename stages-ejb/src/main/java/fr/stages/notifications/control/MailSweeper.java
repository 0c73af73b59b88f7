package fr.stages.notifications.control;

import fr.stages.notifications.entity.Mail;
import fr.stages.platform.CityTime;
import fr.stages.platform.TimerRuns;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Sends again the mails whose message is gone. A crash between the database's commit and the broker's (or a
 * broker that lost its store, or a message endpoint that stopped listening) leaves a mail QUEUED with no message
 * on its way; a crash during the SMTP conversation leaves it SENDING. Every 15 seconds, each instance puts back
 * on the queue the mails that should have left more than stages.mail.sweep-after-seconds ago (300 by default)
 * and whose message is not in the queue: the claim makes a message that was not lost after all harmless. Bounded
 * per pass, oldest first. While the queue holds a backlog (more than BROWSED messages), nothing is swept: the
 * dispatcher is still working, and a message added for every late mail of a backlog would only lengthen it.
 */
@Stateless
@PermitAll
@Interceptors(TimerRuns.class)
public class MailSweeper {

    private static final Logger LOG = Logger.getLogger(MailSweeper.class.getName());
    static final int PER_PASS = 500;
    static final int BROWSED = 5_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    MailQueue queue;

    @Resource
    SessionContext context;

    /** The timer's run of sweep, in a transaction of its own (platform.TimerRuns says why). */
    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void scheduled() {
        context.getBusinessObject(MailSweeper.class).sweep();
    }

    public void sweep() {
        LocalDateTime now = CityTime.now();
        Duration after = sweepAfter();
        Optional<Set<Long>> waiting = queue.waiting(BROWSED);
        if (waiting.isEmpty()) {
            return;
        }
        List<Mail> lost = em.createNamedQuery(Mail.OVERDUE, Mail.class).setParameter("before", now.minus(after))
                .setMaxResults(PER_PASS).getResultStream().filter(mail -> !waiting.get().contains(mail.getId()))
                .toList();
        // an SMTP conversation lasts at most a minute or so (connection and read timeouts of mail/stages)
        List<Mail> interrupted = em.createNamedQuery(Mail.INTERRUPTED, Mail.class)
                .setParameter("before", now.minus(after).minusMinutes(2)).setMaxResults(PER_PASS).getResultList();
        for (List<Mail> mails : List.of(lost, interrupted)) {
            for (Mail mail : mails) {
                mail.requeueLost();
                queue.send(mail.getId(), Duration.ZERO);
            }
        }
        if (!lost.isEmpty() || !interrupted.isEmpty()) {
            LOG.warning(() -> "Courriels remis en file : " + lost.size() + " en attente sans message depuis plus de "
                    + after.toSeconds() + " s, " + interrupted.size() + " dont l'envoi a été interrompu");
        }
    }

    /** How late a queued mail may be before its message is taken for lost. */
    public static Duration sweepAfter() {
        return Duration.ofSeconds(Long.getLong("stages.mail.sweep-after-seconds", 300));
    }
}

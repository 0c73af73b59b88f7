package fr.stages.notifications.boundary;

import fr.stages.accounts.entity.Role;
import fr.stages.notifications.control.MailQueue;
import fr.stages.notifications.entity.Mail;
import fr.stages.notifications.entity.MailBacklog;
import fr.stages.notifications.entity.MailStatus;
import fr.stages.platform.CityTime;
import fr.stages.platform.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/** The one way to send a mail. Call it inside the business transaction whose outcome the mail reports. */
@Stateless
public class Notifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailQueue queue;

    /**
     * Logs the mail as queued and asks for its sending, both in the caller's transaction: if the transaction
     * rolls back, no mail leaves; once it commits, the mail will be sent, even if the server stops right after.
     * Open to every caller: it is called within another business call (a candidate's application, an agent's
     * action), which made its own checks; no page calls it.
     */
    @PermitAll
    public Mail send(Mail mail) {
        em.persist(mail);
        queue.send(mail.getId(), Duration.ZERO);
        return mail;
    }

    /** How many mails one message of a run carries: several messages, so that several dispatchers share the run. */
    static final int PER_MESSAGE = 50;

    /**
     * Logs mails as queued and asks for their sending in a few messages (PER_MESSAGE mails each), in the caller's
     * transaction, as {@link #send(Mail)} does one: for runs of hundreds of mails (the alerts' digests).
     */
    @PermitAll
    public void sendAll(List<Mail> mails) {
        mails.forEach(em::persist);
        em.flush(); // their ids
        for (int from = 0; from < mails.size(); from += PER_MESSAGE) {
            queue.sendTogether(mails.subList(from, Math.min(mails.size(), from + PER_MESSAGE)).stream()
                    .map(Mail::getId).toList());
        }
    }

    @RolesAllowed(Role.OFFICE_NAME)
    public List<Mail> failed() {
        return em.createNamedQuery(Mail.BY_STATUS, Mail.class).setParameter("status", MailStatus.FAILED)
                .getResultList();
    }

    /** The mails not sent yet, oldest first (at most 200): the office sees what waits and since when. */
    @RolesAllowed(Role.OFFICE_NAME)
    public List<Mail> waiting() {
        return em.createNamedQuery(Mail.WAITING, Mail.class).setMaxResults(200).getResultList();
    }

    /**
     * The mails of the last 30 days whose SMTP conversation a stop of the server cut (at most 200): each went
     * again, and its recipient may have received it twice (with the same Message-ID, which most mail programs show
     * once). The office can answer a candidate who asks why.
     */
    @RolesAllowed(Role.OFFICE_NAME)
    public List<Mail> resentAfterInterruption() {
        return em.createNamedQuery(Mail.RESENT_AFTER_INTERRUPTION, Mail.class)
                .setParameter("since", CityTime.now().minusDays(30)).setMaxResults(200).getResultList();
    }

    /** How many mails wait and how late the oldest is: read by the health check, which runs as no one. */
    @PermitAll
    public MailBacklog backlog() {
        long waiting = em.createNamedQuery(Mail.COUNT_WAITING, Long.class).getSingleResult();
        LocalDateTime oldest = em.createNamedQuery(Mail.OLDEST_OVERDUE, Object[].class).setMaxResults(1)
                .getResultStream().findFirst().map(row -> (LocalDateTime) (row[0] != null ? row[0] : row[1]))
                .orElse(null);
        return new MailBacklog(waiting, oldest);
    }

    /** The internship office sends a failed mail again (e.g. once a wrong address was corrected elsewhere). */
    @RolesAllowed(Role.OFFICE_NAME)
    public void resend(long mailId) {
        Mail mail = em.find(Mail.class, mailId);
        if (mail == null) {
            throw new NotFoundException("mail " + mailId);
        }
        mail.requeue();
        queue.send(mailId, Duration.ZERO);
    }
}

package fr.stages.notifications.control;

import fr.stages.notifications.boundary.MailWriter;
import fr.stages.notifications.boundary.UnwritableMail;
import fr.stages.notifications.entity.Mail;
import fr.stages.notifications.entity.MailKind;
import fr.stages.notifications.entity.MailStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The two transactions around one SMTP conversation: the claim (the mail reloaded as committed, written by the
 * writer of its kind, rendered, marked SENDING) and the record of its outcome. Each commits on its own, so that
 * the conversation holds no database transaction and a second delivery of the same message finds the mail
 * claimed or sent and does nothing.
 */
@Stateless
@PermitAll // called by the dispatcher, which runs as no one
public class MailSending {

    private static final Logger LOG = Logger.getLogger(MailSending.class.getName());


    @PersistenceContext
    EntityManager em;

    @Inject
    MailQueue queue;

    @Inject
    @Any
    Instance<MailWriter> allWriters;

    private Map<MailKind, MailWriter> byKind;

    /**
     * The mail, rendered and claimed, when it is queued and can be written; nothing when it is not waiting (sent,
     * failed, claimed by another delivery) or cannot be written (what it is about is gone: failed for good). Two
     * deliveries claiming at once: the second one's commit breaks the row's version and it receives an
     * EJBException, which means the same as nothing.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<MimeMessage> claim(long id, Session session) {
        Mail mail = em.find(Mail.class, id, MailWriter.AS_COMMITTED);
        if (mail == null || mail.getStatus() != MailStatus.QUEUED) {
            LOG.fine(() -> "Courriel " + id + " : rien à envoyer (" + (mail == null ? "inconnu" : mail.getStatus()) + ")");
            return Optional.empty();
        }
        Optional<MimeMessage> rendered = render(mail, session);
        if (rendered.isPresent()) {
            mail.claim();
        }
        return rendered;
    }

    /** What the SMTP conversation of a claimed mail ended with: sent (error null), or an error to retry. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long id, String error) {
        Mail mail = em.find(Mail.class, id, MailWriter.AS_COMMITTED);
        if (mail == null || mail.getStatus() != MailStatus.SENDING) {
            return; // erased meanwhile (retention), or already given back by the sweeper
        }
        if (error == null) {
            mail.sent();
        } else {
            fail(mail, error, false);
        }
    }

    private Optional<MimeMessage> render(Mail mail, Session session) {
        try {
            MailWriter writer = writers().get(mail.getKind());
            return Optional.of(MailRenderer.configured().render(mail, writer.write(mail), session));
        } catch (UnwritableMail e) {
            fail(mail, e.getMessage(), true);
            return Optional.empty();
        } catch (MessagingException | RuntimeException e) {
            // a template or data problem does not go away by waiting: no retry
            fail(mail, "rédaction impossible : " + e.getClass().getSimpleName() + " : " + e.getMessage(), true);
            return Optional.empty();
        }
    }

    /** The writer of each kind, from every MailWriter bean of the application (MailWriters says which). */
    private Map<MailKind, MailWriter> writers() {
        if (byKind == null) {
            byKind = MailWriters.byKind(allWriters);
        }
        return byKind;
    }

    private void fail(Mail mail, String error, boolean permanent) {
        Optional<Duration> retry = mail.attemptFailed(error, permanent, retryUnit());
        if (retry.isPresent()) {
            queue.send(mail.getId(), retry.get());
            LOG.warning(() -> "Courriel " + mail.getId() + " non envoyé (tentative " + mail.getAttempts() + ", "
                    + error + ") : nouvel essai dans " + retry.get().toSeconds() + " s");
        } else {
            LOG.log(Level.SEVERE, "Courriel {0} ({1} à {2}) en échec définitif après {3} tentative(s) : {4}",
                    new Object[] {mail.getId(), mail.getKind(), mail.getRecipient(), mail.getAttempts(), error});
        }
    }

    /** 30 s in production; server-config can shorten it (stages.mail.retry-unit-seconds) for tests. */
    private static Duration retryUnit() {
        return Duration.ofSeconds(Long.getLong("stages.mail.retry-unit-seconds", 30));
    }
}

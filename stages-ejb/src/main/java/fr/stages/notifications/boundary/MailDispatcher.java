package fr.stages.notifications.boundary;

import fr.stages.applications.entity.Application;
import fr.stages.notifications.control.MailQueue;
import fr.stages.notifications.control.MailRenderer;
import fr.stages.notifications.entity.Mail;
import fr.stages.notifications.entity.MailKind;
import fr.stages.notifications.entity.MailStatus;
import fr.stages.spontaneous.entity.SpontaneousApplication;
import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the mail whose id a message carries. Each message is handled in one transaction with the log row's
 * update and, on an SMTP failure, the delayed message of the next attempt. Nothing is thrown back to the
 * broker: a message it cannot use (unknown id, garbage) is logged and acknowledged, so it never blocks the queue.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = MailQueue.QUEUE),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class MailDispatcher implements MessageListener {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    MailQueue queue;

    @Resource(lookup = "mail/stages")
    Session session;

    /**
     * Rows as committed, not as the shared cache holds them: the message becomes visible when the sending
     * transaction commits, a moment before EclipseLink applies that transaction to its cache — an application
     * deleted in it was still found there (seen once in CI as a mail sent instead of failed).
     */
    private static final Map<String, Object> FRESH = Map.of("jakarta.persistence.cache.retrieveMode",
            CacheRetrieveMode.BYPASS);

    @Override
    public void onMessage(Message message) {
        Long id = mailId(message);
        Mail mail = id == null ? null : em.find(Mail.class, id, FRESH);
        if (mail == null || mail.getStatus() != MailStatus.QUEUED) {
            LOG.warning(() -> "Message de la file des courriels ignoré : aucun courriel en attente pour " + id);
            return;
        }
        if (mail.getSpontaneousId() != null) {
            spontaneous(mail);
            return;
        }
        if (mail.getKind().isSelfContained()) {
            try {
                send(mail, MailRenderer.configured().renderSelfContained(mail, session));
            } catch (MessagingException | RuntimeException e) {
                fail(mail, "rédaction impossible : " + e.getClass().getSimpleName() + " : " + e.getMessage(), true);
            }
            return;
        }
        Application application = mail.getApplicationId() == null ? null
                : em.find(Application.class, mail.getApplicationId(), FRESH);
        if (application == null) {
            fail(mail, "la candidature " + mail.getApplicationId() + " n'existe plus", true);
            return;
        }
        MimeMessage rendered;
        try {
            List<Application> together = application.getSubmission() == null ? List.of(application)
                    : em.createNamedQuery(Application.BY_SUBMISSION, Application.class)
                            .setParameter("submission", application.getSubmission())
                            .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
                            .getResultList();
            rendered = MailRenderer.configured().render(mail, application, together, session);
        } catch (MessagingException | RuntimeException e) {
            // a template or data problem does not go away by waiting: no retry
            fail(mail, "rédaction impossible : " + e.getClass().getSimpleName() + " : " + e.getMessage(), true);
            return;
        }
        send(mail, rendered);
    }

    private void spontaneous(Mail mail) {
        SpontaneousApplication application = em.find(SpontaneousApplication.class, mail.getSpontaneousId(), FRESH);
        if (application == null) {
            fail(mail, "la candidature spontanée " + mail.getSpontaneousId() + " n'existe plus", true);
            return;
        }
        MimeMessage rendered;
        try {
            rendered = MailRenderer.configured().render(mail, application, session);
        } catch (MessagingException | RuntimeException e) {
            fail(mail, "rédaction impossible : " + e.getClass().getSimpleName() + " : " + e.getMessage(), true);
            return;
        }
        send(mail, rendered);
    }

    private void send(Mail mail, MimeMessage rendered) {
        try {
            Transport.send(rendered);
            mail.sent();
        } catch (MessagingException | RuntimeException e) {
            fail(mail, e.getClass().getSimpleName() + " : " + e.getMessage(), false);
        }
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

    private static Long mailId(Message message) {
        try {
            return Long.valueOf(message.getBody(String.class).strip());
        } catch (JMSException | RuntimeException e) {
            return null;
        }
    }
}

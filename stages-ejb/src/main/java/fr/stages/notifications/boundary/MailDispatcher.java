package fr.stages.notifications.boundary;

import fr.stages.notifications.control.MailQueue;
import fr.stages.notifications.control.MailSending;
import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sends the mail whose id a message carries (or each of the ids, a run of digests queued together): claims it (MailSending, committed), talks to the SMTP server outside
 * any transaction, records the outcome (committed). A message delivered twice — a transaction recovered after a
 * crash, the sweeper's — finds the mail claimed or sent and does nothing. Nothing is thrown back to the broker:
 * a message it cannot use (unknown id, garbage, database down) is logged and acknowledged; the mail row, still
 * queued, is what MailSweeper sends again.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = MailQueue.QUEUE),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatcher implements MessageListener {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    @EJB
    MailSending sending;

    @Resource(lookup = "mail/stages")
    Session session;

    @Override
    public void onMessage(Message message) {
        List<Long> ids = MailQueue.ids(message);
        if (ids.isEmpty()) {
            LOG.warning("Message illisible dans la file des courriels : ignoré");
            return;
        }
        ids.forEach(this::send); // a run of digests: several mails per message, each on its own
    }

    private void send(long id) {
        Optional<MimeMessage> rendered;
        try {
            rendered = sending.claim(id, session);
        } catch (EJBException e) {
            LOG.warning(() -> "Courriel " + id + " non pris (déjà pris par une autre livraison, ou base injoignable : "
                    + e.getMessage() + ")");
            return;
        }
        if (rendered.isEmpty()) {
            return;
        }
        // The SMTP server's 250 and our record of SENT cannot be one atomic step: a crash between them sends the
        // mail again after the restart (same Message-ID). That window is kept as short as it can be: the outcome
        // is committed before the connection is closed (QUIT and its answer are not waited for first).
        String error = null;
        Transport transport = null;
        try {
            MimeMessage mail = rendered.get();
            transport = session.getTransport();
            transport.connect();
            transport.sendMessage(mail, mail.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
            error = e.getClass().getSimpleName() + " : " + e.getMessage();
        }
        try {
            sending.record(id, error);
        } catch (EJBException e) {
            String outcome = error == null ? "envoyé" : error;
            LOG.severe(() -> "Courriel " + id + " (" + outcome + ") : issue non enregistrée (" + e.getMessage()
                    + ") ; il reste « en cours d'envoi » jusqu'au prochain passage du balayeur");
        } finally {
            close(transport);
        }
    }

    private static void close(Transport transport) {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException | RuntimeException e) {
            LOG.fine(() -> "Fin de la conversation SMTP : " + e.getMessage()); // the outcome is already recorded
        }
    }
}

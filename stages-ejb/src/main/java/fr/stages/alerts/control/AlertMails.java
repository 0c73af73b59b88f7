package fr.stages.alerts.control;

import fr.stages.alerts.entity.SearchAlert;
import fr.stages.notifications.boundary.MailText;
import fr.stages.notifications.boundary.MailWriter;
import fr.stages.notifications.boundary.UnwritableMail;
import fr.stages.notifications.entity.Mail;
import fr.stages.notifications.entity.MailKind;
import fr.stages.platform.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The mails of search alerts: the double opt-in link of an alert made without an account, and the digests, whose
 * words were written when they were queued (Digests); every digest carries the one-click unsubscribe of RFC 8058
 * and the same address as a link. An alert stopped before its mail left: the mail is not sent. Templates in
 * {@link #BUNDLE}.
 */
@ApplicationScoped
public class AlertMails implements MailWriter {

    public static final String BUNDLE = "fr.stages.alerts.mails";

    @PersistenceContext
    EntityManager em;

    /** The alerts' mail texts in that language (fr, en). */
    public static ResourceBundle texts(String language) {
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language));
    }

    /** Where the one-click unsubscribe of that alert answers (GET: a page with a button; POST: stopped). */
    public static String stopUrl(SearchAlert alert) {
        return PublicUrl.forMessages() + "/alertes/arret?alerte=" + alert.getId() + "&cle=" + alert.stopKey();
    }

    @Override
    public Set<MailKind> kinds() {
        return Set.of(MailKind.ALERT_CONFIRMATION, MailKind.ALERT_DIGEST);
    }

    @Override
    public MailText write(Mail mail) {
        SearchAlert alert = mail.getAlertId() == null ? null
                : em.find(SearchAlert.class, mail.getAlertId(), AS_COMMITTED);
        if (alert == null) {
            throw new UnwritableMail("l'alerte a été arrêtée ou effacée avant l'envoi");
        }
        Locale locale = mail.locale();
        ResourceBundle texts = texts(mail.getLanguage());
        if (mail.getKind() == MailKind.ALERT_CONFIRMATION) {
            if (mail.getMessage() == null) {
                throw new UnwritableMail("le lien n'est plus dans le journal");
            }
            return MailText.fromTemplate(texts, "ALERT_CONFIRMATION", locale, mail.getMessage(), alert.getName());
        }
        String stop = stopUrl(alert);
        return MailText.of(mail.getSubject(), MailText.format(texts.getString("ALERT_DIGEST.body"), locale,
                mail.getMessage(), stop)).withUnsubscribe(stop);
    }
}

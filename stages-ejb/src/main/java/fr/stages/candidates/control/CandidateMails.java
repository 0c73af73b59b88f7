package fr.stages.candidates.control;

import fr.stages.notifications.boundary.MailText;
import fr.stages.notifications.boundary.MailWriter;
import fr.stages.notifications.boundary.UnwritableMail;
import fr.stages.notifications.entity.Mail;
import fr.stages.notifications.entity.MailKind;
import fr.stages.candidates.entity.SignInLink;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The mails of candidates' accounts: the one-time sign-in link, in the language of the page it was asked from.
 * The link is on the mail's log row until the mail has left (Mail.sent erases it). Templates in {@link #BUNDLE}.
 */
@ApplicationScoped
public class CandidateMails implements MailWriter {

    public static final String BUNDLE = "fr.stages.candidates.mails";

    @Override
    public Set<MailKind> kinds() {
        return Set.of(MailKind.SIGN_IN_LINK);
    }

    @Override
    public MailText write(Mail mail) {
        if (mail.getMessage() == null) {
            throw new UnwritableMail("le lien n'est plus dans le journal");
        }
        Locale locale = mail.locale();
        return MailText.fromTemplate(ResourceBundle.getBundle(BUNDLE, locale), mail.getKind().name(), locale,
                mail.getMessage(), SignInLink.VALIDITY.toMinutes(), mail.getRecipient());
    }
}

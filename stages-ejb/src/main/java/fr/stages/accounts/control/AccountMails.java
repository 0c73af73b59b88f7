package fr.stages.accounts.control;

import fr.stages.notifications.boundary.MailText;
import fr.stages.notifications.boundary.MailWriter;
import fr.stages.notifications.boundary.UnwritableMail;
import fr.stages.notifications.entity.Mail;
import fr.stages.notifications.entity.MailKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The mails of agents' accounts: a link to choose a password, for a forgotten one or a new account. The link is
 * on the mail's log row until the mail has left (Mail.sent erases it). Templates in {@link #BUNDLE}.
 */
@ApplicationScoped
public class AccountMails implements MailWriter {

    public static final String BUNDLE = "fr.stages.accounts.mails";

    @Override
    public Set<MailKind> kinds() {
        return Set.of(MailKind.PASSWORD_RESET, MailKind.ACCOUNT_CREATED);
    }

    @Override
    public MailText write(Mail mail) {
        if (mail.getMessage() == null) {
            throw new UnwritableMail("le lien n'est plus dans le journal");
        }
        Locale locale = mail.locale();
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        String name = mail.getRecipientName() == null ? "" : " " + mail.getRecipientName();
        return MailText.fromTemplate(texts, mail.getKind().name(), locale, name, mail.getMessage(),
                mail.getRecipient());
    }
}

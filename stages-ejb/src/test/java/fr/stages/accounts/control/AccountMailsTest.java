package fr.stages.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.notifications.boundary.MailText;
import fr.stages.notifications.boundary.UnwritableMail;
import fr.stages.notifications.entity.Mail;
import fr.stages.notifications.entity.MailKind;
import fr.stages.platform.EmailAddress;
import org.junit.jupiter.api.Test;

class AccountMailsTest {

    private final AccountMails writer = new AccountMails();

    @Test
    void aPasswordLinkGreetsTheAgentAndNamesTheirLogin() {
        Mail mail = Mail.passwordLink(MailKind.PASSWORD_RESET, EmailAddress.of("claire@paris.example"),
                "Claire Moulin", "https://stages.paris.example/mot-de-passe.xhtml?lien=secret");
        MailText text = writer.write(mail);
        assertEquals("Choisir un nouveau mot de passe pour l'espace agents", text.subject(), "the apostrophe kept");
        assertTrue(text.body().startsWith("Bonjour Claire Moulin,"), text.body());
        assertTrue(text.body().contains("pour l'identifiant claire@paris.example"), text.body());
        assertTrue(text.body().contains("\n\nhttps://stages.paris.example/mot-de-passe.xhtml?lien=secret\n\n"),
                text.body());

        MailText created = writer.write(Mail.passwordLink(MailKind.ACCOUNT_CREATED,
                EmailAddress.of("nouveau@paris.example"), null, "https://x.example/l"));
        assertEquals("Votre compte dans l'espace agents de Stages", created.subject());
        assertTrue(created.body().startsWith("Bonjour,\n\n"), created.body());
    }

    @Test
    void aLinkAlreadyErasedFromTheLogCannotBeWrittenAgain() {
        Mail mail = Mail.passwordLink(MailKind.PASSWORD_RESET, EmailAddress.of("claire@paris.example"), null,
                "https://x.example/l");
        mail.sent(); // erases the link
        assertThrows(UnwritableMail.class, () -> writer.write(mail));
    }
}

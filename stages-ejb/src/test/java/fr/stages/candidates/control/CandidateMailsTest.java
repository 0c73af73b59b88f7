package fr.stages.candidates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.notifications.boundary.MailText;
import fr.stages.notifications.boundary.UnwritableMail;
import fr.stages.notifications.entity.Mail;
import fr.stages.platform.EmailAddress;
import org.junit.jupiter.api.Test;

class CandidateMailsTest {

    private final CandidateMails writer = new CandidateMails();

    @Test
    void theSignInLinkIsWrittenInTheLanguageOfThePageThatAskedForIt() {
        MailText french = writer.write(Mail.signInLink(EmailAddress.of("Ines@Etudiant.example"), "fr",
                "https://stages.paris.example/compte/lien.xhtml?jeton=secret"));
        assertEquals("Votre lien de connexion à Stages", french.subject());
        assertTrue(french.body().contains("avec l'adresse ines@etudiant.example, ouvrez ce lien dans les 15 minutes"),
                french.body());
        assertTrue(french.body().contains("\n\nhttps://stages.paris.example/compte/lien.xhtml?jeton=secret\n\n"),
                french.body());

        MailText english = writer.write(Mail.signInLink(EmailAddress.of("ines@etudiant.example"), "en", "https://x.example/l"));
        assertEquals("Your sign-in link to Stages", english.subject());
        assertTrue(english.body().contains("within 15 minutes"), english.body());
    }

    @Test
    void theLinkLeavesTheLogWithTheMail() {
        Mail mail = Mail.signInLink(EmailAddress.of("ines@etudiant.example"), "fr", "https://x.example/l");
        mail.sent();
        assertEquals(null, mail.getMessage(), "the secret is not kept in the log");
        assertThrows(UnwritableMail.class, () -> writer.write(mail));
    }
}

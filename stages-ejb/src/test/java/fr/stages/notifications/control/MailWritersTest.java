package fr.stages.notifications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.accounts.control.AccountMails;
import fr.stages.applications.control.ApplicationMails;
import fr.stages.notifications.boundary.MailText;
import fr.stages.notifications.boundary.MailWriter;
import fr.stages.notifications.entity.Mail;
import fr.stages.notifications.entity.MailKind;
import fr.stages.spontaneous.control.SpontaneousMails;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MailWritersTest {

    @Test
    void everyKindOfMailHasExactlyOneWriterAmongTheCapabilities() {
        MailWriter applications = new ApplicationMails("https://x.example");
        MailWriter spontaneous = new SpontaneousMails("https://x.example");
        MailWriter accounts = new AccountMails();
        MailWriter candidates = new fr.stages.candidates.control.CandidateMails();
        MailWriter alerts = new fr.stages.alerts.control.AlertMails();
        Map<MailKind, MailWriter> byKind = MailWriters.byKind(List.of(applications, spontaneous, accounts, candidates,
                alerts));
        assertEquals(MailKind.values().length, byKind.size());
        assertTrue(byKind.get(MailKind.REJECTION) == applications);
        assertTrue(byKind.get(MailKind.SPONTANEOUS_RECEIVED) == spontaneous);
        assertTrue(byKind.get(MailKind.PASSWORD_RESET) == accounts);
        assertTrue(byKind.get(MailKind.SIGN_IN_LINK) == candidates);
        assertTrue(byKind.get(MailKind.ALERT_DIGEST) == alerts);
    }

    @Test
    void aKindWrittenTwiceOrByNoOneIsAMistakeSaidAtOnce() {
        MailWriter again = new MailWriter() {
            @Override
            public Set<MailKind> kinds() {
                return Set.of(MailKind.PASSWORD_RESET);
            }

            @Override
            public MailText write(Mail mail) {
                return MailText.of("", "");
            }
        };
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> MailWriters.byKind(List.of(
                new ApplicationMails("https://x.example"), new SpontaneousMails("https://x.example"),
                new AccountMails(), again)));
        assertTrue(twice.getMessage().startsWith("PASSWORD_RESET written by AccountMails and "), twice.getMessage());
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> MailWriters.byKind(List.of(
                new ApplicationMails("https://x.example"), new AccountMails())));
        assertEquals("no writer for the mails SPONTANEOUS_RECEIVED", missing.getMessage());
    }
}

package fr.stages.notifications.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.platform.BusinessException;
import fr.stages.platform.EmailAddress;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailTest {

    private static final EmailAddress LEA = EmailAddress.of("lea@etudiant.example");
    private static final EmailAddress SOMEONE = EmailAddress.of("a@b.example");
    private static final EmailAddress AGENT = EmailAddress.of("agent@paris.example");

    private static Mail mail() {
        return Mail.aboutApplication(MailKind.APPLICATION_RECEIVED, EmailAddress.of("Lea.Martin@Etudiant.example"),
                "Léa Martin",
                "fr", 1, 2);
    }

    @Test
    void aNewMailIsQueuedForOneValidLowerCaseAddress() {
        Mail mail = mail();
        assertEquals(MailStatus.QUEUED, mail.getStatus());
        assertEquals("lea.martin@etudiant.example", mail.getRecipient());
        assertEquals(0, mail.getAttempts());
    }

    @Test
    void aClaimedMailIsSentOrRetriedOnlyOnceClaimedAndASecondClaimIsRefused() {
        Mail mail = mail();
        mail.claim();
        assertEquals(MailStatus.SENDING, mail.getStatus());
        assertTrue(mail.getClaimedAt() != null);
        assertThrows(IllegalStateException.class, mail::claim, "a second delivery cannot claim it");
        assertTrue(mail.attemptFailed("Connection refused", false, Duration.ofSeconds(1)).isPresent());
        assertEquals(MailStatus.QUEUED, mail.getStatus(), "back in the queue for its next attempt");
        assertNull(mail.getClaimedAt());
        mail.claim();
        mail.sent();
        assertEquals(MailStatus.SENT, mail.getStatus());
        assertNull(mail.getClaimedAt());
        assertThrows(IllegalStateException.class, mail::claim, "a sent mail is never claimed again");
        assertThrows(IllegalStateException.class, mail::requeueLost, "nor swept back into the queue");
    }

    @Test
    void anInterruptedSendingIsQueuedAgainAndSaysSo() {
        Mail mail = mail();
        mail.claim();
        mail.requeueLost();
        assertEquals(MailStatus.QUEUED, mail.getStatus());
        assertNull(mail.getClaimedAt());
        assertTrue(mail.getLastError().contains("interrompu"), mail.getLastError());
        assertEquals(1, mail.getInterruptions(), "counted: its recipient may receive it twice");
        assertTrue(!mail.getDueAt().isBefore(mail.getQueuedAt()), "due again from now");
        mail.claim(); // and can be claimed again
        assertEquals(MailStatus.SENDING, mail.getStatus());
        mail.sent();
        assertEquals(1, mail.getInterruptions(), "still known once sent");
    }

    @Test
    void aLostMessageIsQueuedAgainWithoutAnError() {
        Mail mail = mail();
        mail.requeueLost();
        assertEquals(MailStatus.QUEUED, mail.getStatus());
        assertNull(mail.getLastError());
        assertEquals(0, mail.getAttempts());
        assertEquals(0, mail.getInterruptions(), "no conversation was cut: nobody received it");
    }

    @Test
    void namesLoseTheirLineBreaks() {
        Mail mail = Mail.aboutApplication(MailKind.APPLICATION_RECEIVED, SOMEONE,
                "Léa\r\nBcc: victim@evil.example", "fr", 1, 2);
        assertEquals("Léa Bcc: victim@evil.example", mail.getRecipientName());
    }

    @Test
    void failuresAreRetriedWithDoublingDelaysForMoreThanAnHourThenFailVisibly() {
        Mail mail = mail();
        Duration unit = Duration.ofSeconds(30);
        Duration total = Duration.ZERO;
        Duration first = null;
        for (int attempt = 1; attempt < Mail.MAX_ATTEMPTS; attempt++) {
            Optional<Duration> delay = mail.attemptFailed("Connection refused", false, unit);
            assertTrue(delay.isPresent(), "attempt " + attempt + " is retried");
            assertEquals(MailStatus.QUEUED, mail.getStatus());
            first = first == null ? delay.get() : first;
            total = total.plus(delay.get());
        }
        assertEquals(unit, first, "first delay is one unit");
        assertTrue(total.compareTo(Duration.ofHours(1)) > 0, "retries span more than an hour: " + total);
        assertEquals(Optional.empty(), mail.attemptFailed("Connection refused", false, unit));
        assertEquals(MailStatus.FAILED, mail.getStatus());
        assertEquals(Mail.MAX_ATTEMPTS, mail.getAttempts());
        assertEquals("Connection refused", mail.getLastError());
    }

    @Test
    void delaysDoubleUpToTheirCap() {
        Mail mail = mail();
        Duration unit = Duration.ofSeconds(1);
        long[] expected = {1, 2, 4, 8, 16, 30, 30, 30, 30};
        for (long seconds : expected) {
            assertEquals(Duration.ofSeconds(seconds), mail.attemptFailed("down", false, unit).orElseThrow());
        }
    }

    @Test
    void aPermanentCauseFailsAtOnceAndAFailedMailCanBeRequeued() {
        Mail mail = mail();
        assertEquals(Optional.empty(), mail.attemptFailed("application deleted", true, Duration.ofSeconds(30)));
        assertEquals(MailStatus.FAILED, mail.getStatus());
        mail.requeue();
        assertEquals(MailStatus.QUEUED, mail.getStatus());
        assertEquals(0, mail.getAttempts());
        assertThrows(BusinessException.class, mail::requeue, "only a failed mail is requeued");
    }

    @Test
    void anInvitationNeedsAFutureTimeAReasonableLengthAndAPlace() {
        java.time.LocalDateTime tomorrow = java.time.LocalDateTime.now().plusDays(1);
        assertEquals("mail.invitation.start", assertThrows(BusinessException.class, () -> Mail.invitation(
                SOMEONE, null, "fr", 1, 2, AGENT, tomorrow.minusDays(2), 30, "Salle 1", null)).key());
        assertEquals("mail.invitation.minutes", assertThrows(BusinessException.class, () -> Mail.invitation(
                SOMEONE, null, "fr", 1, 2, AGENT, tomorrow, 5, "Salle 1", null)).key());
        assertEquals("mail.invitation.location", assertThrows(BusinessException.class, () -> Mail.invitation(
                SOMEONE, null, "fr", 1, 2, AGENT, tomorrow, 30, " ", null)).key());
        Mail mail = Mail.invitation(SOMEONE, null, "fr", 1, 2, EmailAddress.of("Agent@Paris.example"), tomorrow, 30,
                "Salle 1\r\nBcc: x@y.example", "  ");
        assertEquals(MailKind.INTERVIEW_INVITATION, mail.getKind());
        assertEquals("agent@paris.example", mail.getReplyTo());
        assertEquals("Salle 1 Bcc: x@y.example", mail.getEventLocation(), "one line");
        assertEquals(null, mail.getMessage());
    }

    @Test
    void aSentMailKeepsItsAttemptCount() {
        Mail mail = mail();
        mail.attemptFailed("down", false, Duration.ofSeconds(1));
        mail.sent();
        assertEquals(MailStatus.SENT, mail.getStatus());
        assertEquals(2, mail.getAttempts());
        assertEquals(null, mail.getLastError());
    }

    @Test
    void aContactNeedsASubjectAMessageAndAnAgentToAnswer() {
        assertEquals(MailKind.CONTACT, Mail.contact(LEA, null, "fr", 1, 2,
                AGENT, "Objet", "Message").getKind());
        assertThrows(BusinessException.class, () -> Mail.contact(LEA, null, "fr", 1, 2,
                AGENT, " \r\n ", "Message"));
        assertThrows(BusinessException.class, () -> Mail.contact(LEA, null, "fr", 1, 2,
                AGENT, "x".repeat(Mail.SUBJECT_LENGTH + 1), "Message"));
        assertThrows(BusinessException.class, () -> Mail.contact(LEA, null, "fr", 1, 2,
                AGENT, "Objet", "  "));
        assertThrows(BusinessException.class, () -> Mail.contact(LEA, null, "fr", 1, 2,
                null, "Objet", "Message"));
    }

    @Test
    void aRejectionTextFitsItsColumnAndAnEmptyOneMeansTheStandardText() {
        assertNull(Mail.rejection(LEA, null, "fr", 1, 2, AGENT, "\n ")
                .getMessage());
        assertEquals("Merci.", Mail.rejection(LEA, null, "fr", 1, 2,
                AGENT,
                " Merci. ").getMessage());
        BusinessException tooLong = assertThrows(BusinessException.class, () -> Mail.rejection(
                LEA, null, "fr", 1, 2, AGENT, "x".repeat(Mail.MESSAGE_LENGTH + 1)));
        assertEquals("mail.rejection.message", tooLong.key());
    }
}

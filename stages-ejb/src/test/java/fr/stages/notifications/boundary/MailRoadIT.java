package fr.stages.notifications.boundary;

import fr.stages.platform.EmailAddress;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.stages.notifications.control.MailQueue;
import fr.stages.notifications.entity.Mail;
import fr.stages.notifications.entity.MailBacklog;
import fr.stages.notifications.entity.MailKind;
import fr.stages.notifications.entity.MailStatus;
import fr.stages.offers.entity.OfferStatus;
import fr.stages.platform.CityTime;
import fr.stages.testing.Deployments;
import fr.stages.testing.Fixtures;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The mail road in the real server: business transaction → JMS → message-driven bean → SMTP. The SMTP server
 * (GreenMail) runs inside the test deployment on the port of the domain's mail session, so what is checked is
 * what really arrived.
 */
@ExtendWith(ArquillianExtension.class)
class MailRoadIT {

    private static final Logger LOG = Logger.getLogger(MailRoadIT.class.getName());
    private static GreenMail smtp;

    @Deployment
    static WebArchive deployment() {
        File[] greenMail = Arrays.stream(Maven.resolver().loadPomFromFile("pom.xml")
                        .resolve("com.icegreen:greenmail:2.1.13").withTransitivity().asFile())
                // Payara provides Jakarta Mail and Activation: only GreenMail and its logging API go in
                .filter(f -> f.getName().startsWith("greenmail-") || f.getName().startsWith("slf4j-api"))
                .toArray(File[]::new);
        return Deployments.business().addAsLibraries(greenMail);
    }

    @EJB
    Notifications notifications;

    @EJB
    Fixtures fixtures;

    @Inject
    MailQueue queue;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = "mail/stages")
    Session session;

    @Test
    void aCommittedTransactionSendsTheMailInFrench() throws Exception {
        smtpUp();
        String candidate = unique();
        long[] ids = application(candidate, "fr");

        sendCommitted(candidate, "Léa Martin", ids);

        MimeMessage received = awaitOne(candidate);
        assertTrue(received.getSubject().startsWith("Votre candidature C-"), received.getSubject());
        assertTrue(received.getSubject().endsWith(" a bien été reçue"), received.getSubject());
        String text = (String) ((MimeMultipart) received.getContent()).getBodyPart(0).getContent();
        assertTrue(text.startsWith("Bonjour Léa,"), text);
        assertTrue(text.contains("/offers/offer.xhtml?id=" + ids[0]), text);
        await(() -> fixtures.mailsTo(candidate).get(0).getStatus() == MailStatus.SENT, "mail logged as sent");
        assertEquals(1, fixtures.mailsTo(candidate).get(0).getAttempts());
    }

    @Test
    void anInvitationArrivesWithItsCalendarRequestAndRepliesGoToTheAgent() throws Exception {
        smtpUp();
        String candidate = unique();
        long[] ids = application(candidate, "fr");
        transaction.begin();
        notifications.send(Mail.invitation(EmailAddress.of(candidate), "Léa Martin", "fr", ids[0], ids[1], EmailAddress.of("agent.dac@stages.example"),
                CityTime.now().plusDays(5).withHour(10).withMinute(0), 30, "https://visio.example/salle-42",
                "Prévoyez une connexion stable."));
        transaction.commit();

        MimeMessage received = awaitOne(candidate);
        assertTrue(received.getSubject().startsWith("Invitation à un entretien"), received.getSubject());
        assertEquals("agent.dac@stages.example", received.getReplyTo()[0].toString());
        MimeMultipart mixed = (MimeMultipart) received.getContent();
        String ics = new String(mixed.getBodyPart(1).getInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(mixed.getBodyPart(1).getContentType().startsWith("text/calendar"));
        assertTrue(ics.contains("METHOD:REQUEST\r\n"), ics);
        assertTrue(ics.contains("LOCATION:https://visio.example/salle-42\r\n"), ics);
        assertTrue(ics.contains("T100000\r\n"), ics);
        await(() -> fixtures.mailsTo(candidate).get(0).getStatus() == MailStatus.SENT, "logged as sent");
        assertEquals("https://visio.example/salle-42", fixtures.mailsTo(candidate).get(0).getEventLocation());
    }

    @Test
    void headerCharactersInANameOrSubjectAddNeitherAHeaderNorARecipient() throws Exception {
        smtpUp();
        String candidate = unique();
        String victim = unique();
        long[] ids = application(candidate, "fr");
        transaction.begin();
        notifications.send(Mail.contact(EmailAddress.of(candidate), "Léa\r\nBcc: " + victim, "fr", ids[0], ids[1],
                EmailAddress.of("agent.dac@stages.example"), "Votre convention\r\nCc: " + victim + "\r\nX-Injected: yes",
                "Bonjour,\r\nBcc: " + victim + "\r\n\r\nMerci de nous envoyer votre convention."));
        transaction.commit();

        MimeMessage received = awaitOne(candidate);
        assertTrue(received.getSubject().startsWith("Votre convention Cc: "), received.getSubject());
        assertEquals(null, received.getHeader("X-Injected"));
        assertEquals(null, received.getHeader("Cc"));
        assertEquals(1, received.getAllRecipients().length);
        assertEquals("agent.dac@stages.example", received.getReplyTo()[0].toString());
        // every recipient of one SMTP sending gets its copy at once: an injected one would be there already
        assertEquals(0, receivedBy(victim).size(), "no copy to an injected recipient");
        assertEquals(0, Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(victim));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count());
    }

    @Test
    void aRolledBackTransactionSendsNothing() throws Exception {
        smtpUp();
        String candidate = unique();
        long[] ids = application(candidate, "fr");

        transaction.begin();
        notifications.send(Mail.aboutApplication(MailKind.APPLICATION_RECEIVED, EmailAddress.of(candidate), null, "fr", ids[0],
                ids[1]));
        transaction.rollback();

        // a mail sent after it on the same road arrives: the rolled-back one would have been there before it
        String witness = unique();
        long[] other = application(witness, "fr");
        sendCommitted(witness, null, other);
        awaitOne(witness);
        // nothing is sent without its log row (the dispatcher reads the mail from it): none, nothing to wait for
        assertEquals(List.of(), fixtures.mailsTo(candidate), "no log row for a rolled-back transaction");
        assertEquals(0, receivedBy(candidate).size(), "no mail for a rolled-back transaction");
    }

    @Test
    void mailsQueuedWhileTheSmtpServerIsDownArriveExactlyOnceWhenItIsBack() throws Exception {
        smtpUp();
        smtp.stop();
        List<String> candidates = new ArrayList<>();
        try {
            transaction.begin();
            for (int i = 0; i < 3; i++) {
                String candidate = unique();
                long[] ids = application(candidate, "en");
                candidates.add(candidate);
                notifications.send(Mail.aboutApplication(MailKind.APPLICATION_RECEIVED, EmailAddress.of(candidate), null, "en",
                        ids[0], ids[1]));
            }
            transaction.commit();
            for (String candidate : candidates) {
                await(() -> fixtures.mailsTo(candidate).get(0).getAttempts() >= 2, "failed attempts recorded");
                Mail mail = fixtures.mailsTo(candidate).get(0);
                // SENDING for the few milliseconds of an attempt: refused connections are retried, never failed
                assertTrue(mail.getStatus() == MailStatus.QUEUED || mail.getStatus() == MailStatus.SENDING,
                        "still waiting while the server is down: " + mail.getStatus());
                assertTrue(mail.getLastError() != null && !mail.getLastError().isBlank());
            }
        } finally {
            smtp = null;
            smtpUp();
        }
        for (String candidate : candidates) {
            MimeMessage received = awaitOne(candidate);
            assertTrue(received.getSubject().startsWith("Your application C-"), received.getSubject());
            await(() -> fixtures.mailsTo(candidate).get(0).getStatus() == MailStatus.SENT, "logged as sent");
        }
        Thread.sleep(3000);
        for (String candidate : candidates) {
            assertEquals(1, receivedBy(candidate).size(), "exactly once: " + candidate);
        }
    }

    @Test
    void aMailDeliveredFiveTimesAtOnceIsSentOnce() throws Exception {
        smtpUp();
        String candidate = unique();
        long[] ids = application(candidate, "fr");
        transaction.begin();
        Mail mail = notifications.send(Mail.aboutApplication(MailKind.APPLICATION_RECEIVED, EmailAddress.of(candidate), null, "fr",
                ids[0], ids[1]));
        for (int i = 0; i < 4; i++) {
            queue.send(mail.getId(), Duration.ZERO); // as recovered transactions and the sweeper may add
        }
        transaction.commit();
        awaitOne(candidate);
        await(() -> fixtures.mailsTo(candidate).get(0).getStatus() == MailStatus.SENT, "logged as sent");
        Thread.sleep(2000);
        assertEquals(1, receivedBy(candidate).size(), "sent once");
        assertEquals(1, fixtures.mailsTo(candidate).get(0).getAttempts());
    }

    @Test
    void mailsLeftWithoutMessageOrInterruptedByACrashAreSentOnceBySweeper() throws Exception {
        smtpUp();
        String lost = unique();
        String interrupted = unique();
        long[] lostIds = application(lost, "fr");
        long[] interruptedIds = application(interrupted, "en");
        long lostMail = fixtures.mailWithoutMessage(Mail.aboutApplication(MailKind.APPLICATION_RECEIVED, EmailAddress.of(lost), null,
                "fr", lostIds[0], lostIds[1]));
        fixtures.backdateMail(lostMail, CityTime.now().minusMinutes(3), false);
        long interruptedMail = fixtures.mailWithoutMessage(Mail.aboutApplication(MailKind.APPLICATION_RECEIVED,
                EmailAddress.of(interrupted), null, "en", interruptedIds[0], interruptedIds[1]));
        fixtures.backdateMail(interruptedMail, CityTime.now().minusMinutes(10), true);

        // no JMS message exists for either: only the sweeper can send them. The test domain's sweeper runs every
        // 15 s and takes mails 20 s late (interrupted ones: 2 minutes more)
        MimeMessage receipt = awaitOne(lost);
        assertTrue(receipt.getSubject().startsWith("Votre candidature C-"), receipt.getSubject());
        awaitOne(interrupted);
        await(() -> fixtures.mailsTo(lost).get(0).getStatus() == MailStatus.SENT
                && fixtures.mailsTo(interrupted).get(0).getStatus() == MailStatus.SENT, "both logged as sent");
        Thread.sleep(20_000); // a full sweep later, still once each
        assertEquals(1, receivedBy(lost).size(), "the lost one once");
        assertEquals(1, receivedBy(interrupted).size(), "the interrupted one once");
        assertEquals(1, fixtures.mailsTo(interrupted).get(0).getInterruptions(),
                "its cut conversation is counted: the office sees its recipient may have received it twice");
        assertEquals(0, fixtures.mailsTo(lost).get(0).getInterruptions(), "a lost message cut no conversation");
    }

    @Test
    void theBacklogSaysHowLateTheOldestQueuedMailIs() throws Exception {
        String candidate = unique();
        long[] ids = application(candidate, "fr");
        transaction.begin();
        try {
            // uncommitted: the sweeper cannot see it, the backlog in this transaction does
            long id = fixtures.mailWithoutMessage(Mail.aboutApplication(MailKind.APPLICATION_RECEIVED, EmailAddress.of(candidate),
                    null, "fr", ids[0], ids[1]));
            fixtures.backdateMail(id, CityTime.now().minusMinutes(40), false);
            MailBacklog backlog = notifications.backlog();
            assertTrue(backlog.waiting() >= 1, "counted: " + backlog);
            long late = backlog.lateness(CityTime.now()).toMinutes();
            assertTrue(late >= 40 && late < 24 * 60, "40 minutes late or a little more: " + late);
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aMailWhoseApplicationWasDeletedFailsVisiblyAndBlocksNothing() throws Exception {
        smtpUp();
        String gone = unique();
        long[] ids = application(gone, "fr");
        transaction.begin();
        notifications.send(Mail.aboutApplication(MailKind.APPLICATION_RECEIVED, EmailAddress.of(gone), null, "fr", ids[0], ids[1]));
        queue.send(987_654_321_987L, Duration.ZERO); // a message about no mail at all
        fixtures.deleteApplication(ids[1]);
        transaction.commit();

        String after = unique();
        long[] other = application(after, "fr");
        sendCommitted(after, null, other);

        awaitOne(after);
        await(() -> fixtures.mailsTo(gone).get(0).getStatus() == MailStatus.FAILED, "failed for good");
        Mail failed = fixtures.mailsTo(gone).get(0);
        assertTrue(failed.getLastError().contains("n'existe plus"), failed.getLastError());
        assertEquals(0, receivedBy(gone).size());
    }

    @Test
    void aBulkRejectionOfAThousandMailsIsQueuedAtOnceAndAllDelivered() throws Exception {
        smtpUp();
        String run = UUID.randomUUID().toString().substring(0, 8);
        long[] ids = application(run + "-0@bulk.example", "fr");
        long started = System.nanoTime();
        transaction.begin();
        for (int i = 0; i < 1000; i++) {
            notifications.send(Mail.rejection(EmailAddress.of(run + "-" + i + "@bulk.example"), null, "fr", ids[0], ids[1],
                    EmailAddress.of("agent.dac@stages.example"), null));
        }
        transaction.commit();
        long queuedMillis = (System.nanoTime() - started) / 1_000_000;
        await(() -> Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).startsWith(run)).count()
                >= 1000, Duration.ofMinutes(4), "1,000 mails delivered");
        long deliveredMillis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "MailRoadIT bulk: 1000 mails queued in " + queuedMillis + " ms, all received by SMTP after "
                + deliveredMillis + " ms");
        assertEquals(1000, Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).startsWith(run))
                .map(MailRoadIT::recipient).distinct().count(), "each recipient exactly once");
    }

    /** An application receipt in French, queued in a transaction that commits. */
    private void sendCommitted(String candidate, String name, long[] offerAndApplication) throws Exception {
        transaction.begin();
        notifications.send(Mail.aboutApplication(MailKind.APPLICATION_RECEIVED, EmailAddress.of(candidate), name, "fr",
                offerAndApplication[0], offerAndApplication[1]));
        transaction.commit();
    }

    private long[] application(String candidate, String language) {
        long direction = fixtures.direction().getId();
        long offer = fixtures.offer(direction, OfferStatus.PUBLISHED, CityTime.today().plusDays(10));
        return new long[] {offer, fixtures.application(offer, candidate, language)};
    }

    /** GreenMail on the port of the domain's mail session, started once per deployment (or again after a stop). */
    private void smtpUp() {
        if (smtp == null) {
            int port = Integer.parseInt(session.getProperty("mail.smtp.port"));
            smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
    }

    private MimeMessage awaitOne(String recipient) throws InterruptedException {
        await(() -> !receivedBy(recipient).isEmpty(), "a mail for " + recipient);
        return receivedBy(recipient).get(0);
    }

    private static List<MimeMessage> receivedBy(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(recipient)).toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return ((jakarta.mail.internet.InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        await(condition, Duration.ofSeconds(60), what);
    }

    private static void await(BooleanSupplier condition, Duration limit, String what) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited " + limit.toSeconds() + " s for: " + what);
            }
            Thread.sleep(200);
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 12) + "@etudiant.example";
    }
}

package fr.stages.applications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.applications.entity.Application;
import fr.stages.applications.entity.Candidate;
import fr.stages.notifications.control.MailRenderer;
import fr.stages.notifications.entity.Mail;
import fr.stages.platform.EmailAddress;
import fr.stages.notifications.entity.MailKind;
import fr.stages.offers.entity.EducationLevel;
import fr.stages.offers.entity.Offer;
import fr.stages.offers.entity.OfferMother;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The mails about applications as they leave: written by ApplicationMails, made into messages by the road. */
class ApplicationMailsTest {

    private final Session session = Session.getInstance(props());
    private static final EmailAddress LEA = EmailAddress.of("lea@etudiant.example");
    private static final EmailAddress SAM = EmailAddress.of("sam@etudiant.example");
    private static final EmailAddress AGENT = EmailAddress.of("agent.dac@stages.example");
    private static final EmailAddress AUTHOR = EmailAddress.of("agent@paris.example");
    private final MailRenderer renderer = new MailRenderer("https://stages.paris.example/");
    private final ApplicationMails writer = new ApplicationMails("https://stages.paris.example/");

    private MimeMessage render(Mail mail, Application application) throws Exception {
        return render(mail, application, List.of(application));
    }

    private MimeMessage render(Mail mail, Application application, List<Application> together) throws Exception {
        return renderer.render(mail, writer.write(mail, application, together), session);
    }

    private static Properties props() {
        Properties properties = new Properties();
        properties.setProperty("mail.from", "stages@paris.example");
        return properties;
    }

    private static Application application(String firstName, String language) {
        Offer offer = OfferMother.draft();
        offer.describe("Stage <b>web</b> & \"accessibilité\"", "Missions", "Profil");
        return new Application(offer, new Candidate(firstName, "Martin", "lea@etudiant.example", null,
                "Sorbonne Université", "Master 1", EducationLevel.BAC_4, language), "Bonjour");
    }

    @Test
    void aMailRenderedTwiceIsTheSameMessageToTheRecipientsMailSystem() throws Exception {
        Application application = application("Léa", "fr");
        Mail mail = Mail.aboutApplication(MailKind.APPLICATION_RECEIVED, LEA, "Léa Martin",
                "fr", 1, 2);
        String first = render(mail, application).getMessageID();
        String again = render(mail, application).getMessageID();
        assertEquals(first, again, "sent again after a crash, the same Message-ID");
        assertEquals(true, first.matches("<stages-mail-[^@]+@paris\\.example>"), first);
    }

    @Test
    void theCandidateReceivesAFrenchReceiptWithTheReference() throws Exception {
        Application application = application("Léa", "fr");
        Mail mail = Mail.aboutApplication(MailKind.APPLICATION_RECEIVED, LEA, "Léa Martin",
                "fr", 1, 2);

        MimeMessage message = render(mail, application);

        assertEquals("Votre candidature " + application.getReference() + " a bien été reçue", message.getSubject());
        Address[] to = message.getRecipients(Message.RecipientType.TO);
        assertEquals(1, to.length);
        assertEquals("Léa Martin <lea@etudiant.example>", to[0].toString().contains("=?") ? decoded(to[0]) : to[0].toString());
        InternetAddress from = (InternetAddress) message.getFrom()[0];
        assertEquals("stages@paris.example", from.getAddress());
        assertEquals("Stages à la Ville de Paris", from.getPersonal(), "a named sender, not a bare address");
        MimeMultipart alternative = (MimeMultipart) message.getContent();
        assertEquals(2, alternative.getCount());
        String text = (String) alternative.getBodyPart(0).getContent();
        assertTrue(text.startsWith("Bonjour Léa,"), text);
        assertTrue(text.contains("Votre numéro de référence est " + application.getReference()), text);
        assertTrue(text.contains("« Stage <b>web</b> & \"accessibilité\" »"), text);
        assertTrue(text.contains("https://stages.paris.example/offers/offer.xhtml?id="), "absolute link");
        assertTrue(text.contains("Stages à la Ville de Paris — https://stages.paris.example/"), "footer");
        String html = (String) alternative.getBodyPart(1).getContent();
        assertTrue(html.contains("<html lang=\"fr\">"));
        assertTrue(html.contains("Stage &lt;b&gt;web&lt;/b&gt; &amp; &quot;accessibilité&quot;"), "escaped in HTML");
        assertTrue(html.contains("<a href=\"https://stages.paris.example/offers/offer.xhtml?id="), html);
        java.util.regex.Matcher withdraw = java.util.regex.Pattern.compile(
                "Retirez votre candidature : https://stages\\.paris\\.example/offers/withdraw\\.xhtml\\?candidature="
                + application.getReference() + "&cle=([0-9a-f]{32})").matcher(text);
        assertTrue(withdraw.find(), text);
        assertTrue(Intake.withdrawalKeyMatches(application.getReference(), withdraw.group(1)));
        assertFalse(Intake.withdrawalKeyMatches("C-OTHER", withdraw.group(1)), "a key serves one application");
    }

    @Test
    void aReceiptForSeveralOffersGivesEachItsOwnWithdrawalLink() throws Exception {
        Application first = application("Sam", "en");
        Application second = new Application(OfferMother.draft(), first.getCandidate(), null);
        MimeMessage message = render(Mail.aboutApplication(MailKind.APPLICATION_RECEIVED,
                SAM, null, "en", 1, 2), first, List.of(first, second));
        assertEquals("Your 2 applications have been received", message.getSubject());
        String text = (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
        for (Application each : java.util.List.of(first, second)) {
            assertTrue(text.contains("To withdraw it: https://stages.paris.example/offers/withdraw.xhtml?candidature="
                    + each.getReference() + "&cle=" + Intake.withdrawalKey(each.getReference())), text);
        }
    }

    @Test
    void theAuthorLearnsOfAWithdrawal() throws Exception {
        Application application = application("Léa", "fr");
        MimeMessage message = render(Mail.aboutApplication(MailKind.APPLICATION_WITHDRAWN,
                AUTHOR, null, "fr", 1, 2), application);
        assertEquals("Candidature retirée pour « Stage <b>web</b> & \"accessibilité\" »", message.getSubject());
        String text = (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
        assertTrue(text.contains("Léa Martin a retiré sa candidature " + application.getReference()), text);
        assertTrue(text.contains("https://stages.paris.example/backoffice/offer.xhtml?id="), text);
    }

    @Test
    void anEnglishSpeakingCandidateReadsEnglish() throws Exception {
        Application application = application("Sam", "en");
        Mail mail = Mail.aboutApplication(MailKind.APPLICATION_RECEIVED, SAM, null, "en", 1, 2);
        MimeMessage message = render(mail, application);
        assertEquals("Your application " + application.getReference() + " has been received", message.getSubject());
        assertEquals("en", message.getHeader("Content-Language")[0]);
        assertEquals("Internships at the City of Paris", ((InternetAddress) message.getFrom()[0]).getPersonal());
    }

    @Test
    void aNameOrTitleWithLineBreaksAddsNoHeader() throws Exception {
        Application application = application("Léa\r\nBcc: victim@evil.example", "fr");
        application.getOffer().describe("Titre\r\nBcc: victim@evil.example", "m", "p");
        Mail mail = Mail.aboutApplication(MailKind.APPLICATION_NOTICE, AUTHOR,
                "Agent\r\nCc: other@evil.example", "fr", 1, 2).replyTo(AUTHOR);

        MimeMessage message = render(mail, application);

        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        String headers = raw.toString(StandardCharsets.UTF_8).split("\r\n\r\n", 2)[0];
        assertFalse(headers.contains("\r\nBcc:"), headers);
        assertFalse(headers.contains("\r\nCc:"), headers);
        assertEquals(1, message.getAllRecipients().length, "only the one recipient");
        assertEquals("agent@paris.example", message.getReplyTo()[0].toString());
        assertFalse(message.getSubject().contains("\n"));
    }

    @Test
    void anInvitationCarriesTheTextAndAnIcsRequestAndRepliesGoToTheAgent() throws Exception {
        Application application = application("Léa", "fr");
        java.time.LocalDateTime start = java.time.LocalDateTime.now().plusDays(7).withHour(14).withMinute(30)
                .withSecond(0).withNano(0);
        Mail mail = Mail.invitation(LEA, "Léa Martin", "fr", 1, 2, AGENT,
                start, 45, "8 rue Léon-Schwartzenberg, 75010 Paris", "Apportez votre CV.")
                .withEventContact("Mme Durand,\n01 42 76 00 00");

        MimeMessage message = render(mail, application);

        assertTrue(message.getSubject().startsWith("Invitation à un entretien : « Stage <b>web</b>"));
        assertEquals("agent.dac@stages.example", message.getReplyTo()[0].toString());
        MimeMultipart mixed = (MimeMultipart) message.getContent();
        assertTrue(message.getContentType().startsWith("multipart/mixed"));
        assertEquals(2, mixed.getCount());
        String text = (String) ((MimeMultipart) mixed.getBodyPart(0).getContent()).getBodyPart(0).getContent();
        assertTrue(text.contains("Durée : 45 minutes"), text);
        assertTrue(text.contains("Lieu : 8 rue Léon-Schwartzenberg, 75010 Paris\nContact : Mme Durand, 01 42 76 00 00\n"),
                text);
        assertTrue(text.contains("Apportez votre CV."), text);
        assertTrue(text.contains("à 14:30") || text.contains("14:30"), text);
        var calendar = mixed.getBodyPart(1);
        assertTrue(calendar.getContentType().startsWith("text/calendar"), calendar.getContentType());
        assertTrue(calendar.getContentType().contains("method=REQUEST"), calendar.getContentType());
        assertEquals("invitation.ics", calendar.getFileName());
        String ics = new String(calendar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ics.contains("DTSTART;TZID=Europe/Paris:" + start.format(
                java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"))), ics);
        assertTrue(ics.contains("ORGANIZER:mailto:agent.dac@stages.example"), ics);
        assertTrue(ics.contains("ATTENDEE;"), ics);
    }

    @Test
    void anAgentsDailyReminderGreetsThemAndLinksTheBackOffice() throws Exception {
        Mail mail = Mail.digest(EmailAddress.of("claire@paris.example"), "Claire Moulin",
                "2 candidatures attendent une réponse",
                "- « Stage web » (DAC-00042) : 2 candidatures");

        MimeMessage message = renderer.render(mail, writer.digest(mail), session);

        assertEquals("2 candidatures attendent une réponse", message.getSubject());
        String text = (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
        assertTrue(text.startsWith("Bonjour Claire Moulin,"), text);
        assertTrue(text.contains("- « Stage web » (DAC-00042) : 2 candidatures"), text);
        assertTrue(text.contains("/backoffice/offers.xhtml"), text);
    }

    @Test
    void aRejectionWithoutWordsOfTheAgentSaysTheStandardTextPolitely() throws Exception {
        Application application = application("Léa", "fr");
        Mail mail = Mail.rejection(LEA, "Léa Martin", "fr", 1, 2, AGENT, " ");

        MimeMessage message = render(mail, application);

        assertEquals("Votre candidature à l'offre « Stage <b>web</b> & \"accessibilité\" »", message.getSubject());
        assertEquals("agent.dac@stages.example", message.getReplyTo()[0].toString());
        String text = (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
        assertTrue(text.startsWith("Bonjour Léa,\n\nNous vous remercions de l'intérêt"), text);
        assertTrue(text.contains("ne pouvons malheureusement pas y donner une suite favorable"), text);
        assertTrue(text.contains("Référence de votre candidature : " + application.getReference()), text);
        assertTrue(text.contains("https://stages.paris.example/\n"), text);
    }

    @Test
    void aRejectionInTheAgentsWordsKeepsThemAsWrittenInEnglishToo() throws Exception {
        Application application = application("Sam", "en");
        Mail mail = Mail.rejection(EmailAddress.of("sam@student.example"), null, "en", 1, 2, AGENT,
                "The position {0} was filled internally; we'll keep your CV.");

        MimeMessage message = render(mail, application);

        assertTrue(message.getSubject().startsWith("Your application for the offer \"Stage"), message.getSubject());
        String text = (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
        assertTrue(text.startsWith("Hello Sam,\n\nThe position {0} was filled internally; we'll keep your CV."), text);
        assertFalse(text.contains("careful consideration"), text);
    }

    @Test
    void aContactMessageHasTheAgentsSubjectOnOneLineAndRepliesGoToTheAgent() throws Exception {
        Application application = application("Léa", "fr");
        Mail mail = Mail.contact(LEA, "Léa Martin", "fr", 1, 2, AGENT,
                "Pièces à fournir\r\nBcc: victim@evil.example", "Pouvez-vous m'envoyer votre convention ?");

        MimeMessage message = render(mail, application);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        String headers = raw.toString(StandardCharsets.UTF_8).split("\r\n\r\n", 2)[0];

        assertEquals("Pièces à fournir Bcc: victim@evil.example (candidature " + application.getReference() + ")",
                message.getSubject());
        assertFalse(headers.contains("\r\nBcc:"), headers);
        assertEquals(1, message.getAllRecipients().length);
        assertEquals("agent.dac@stages.example", message.getReplyTo()[0].toString());
        String text = (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
        assertTrue(text.startsWith("Bonjour Léa,\n\nPouvez-vous m'envoyer votre convention ?"), text);
        assertTrue(text.contains("répondez simplement à ce courriel (agent.dac@stages.example)"), text);
    }

    private static String decoded(Address address) {
        jakarta.mail.internet.InternetAddress internet = (jakarta.mail.internet.InternetAddress) address;
        return internet.getPersonal() + " <" + internet.getAddress() + ">";
    }
}

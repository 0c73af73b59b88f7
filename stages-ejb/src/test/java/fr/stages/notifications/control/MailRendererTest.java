package fr.stages.notifications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.applications.control.Intake;
import fr.stages.applications.entity.Application;
import fr.stages.applications.entity.Candidate;
import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.JobFamily;
import fr.stages.notifications.entity.Mail;
import fr.stages.notifications.entity.MailKind;
import fr.stages.offers.entity.EducationLevel;
import fr.stages.offers.entity.Offer;
import fr.stages.offers.entity.OfferMother;
import fr.stages.spontaneous.entity.SpontaneousApplication;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailRendererTest {

    private final Session session = Session.getInstance(props());
    private final MailRenderer renderer = new MailRenderer("https://stages.paris.example/");

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
        Mail mail = Mail.aboutApplication(MailKind.APPLICATION_RECEIVED, "lea@etudiant.example", "Léa Martin",
                "fr", 1, 2);
        String first = renderer.render(mail, application, session).getMessageID();
        String again = renderer.render(mail, application, session).getMessageID();
        assertEquals(first, again, "sent again after a crash, the same Message-ID");
        assertEquals(true, first.matches("<stages-mail-[^@]+@paris\\.example>"), first);
    }

    @Test
    void theCandidateReceivesAFrenchReceiptWithTheReference() throws Exception {
        Application application = application("Léa", "fr");
        Mail mail = Mail.aboutApplication(MailKind.APPLICATION_RECEIVED, "lea@etudiant.example", "Léa Martin",
                "fr", 1, 2);

        MimeMessage message = renderer.render(mail, application, session);

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
        MimeMessage message = renderer.render(Mail.aboutApplication(MailKind.APPLICATION_RECEIVED,
                "sam@etudiant.example", null, "en", 1, 2), first, java.util.List.of(first, second), session);
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
        MimeMessage message = renderer.render(Mail.aboutApplication(MailKind.APPLICATION_WITHDRAWN,
                "agent@paris.example", null, "fr", 1, 2), application, session);
        assertEquals("Candidature retirée pour « Stage <b>web</b> & \"accessibilité\" »", message.getSubject());
        String text = (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
        assertTrue(text.contains("Léa Martin a retiré sa candidature " + application.getReference()), text);
        assertTrue(text.contains("https://stages.paris.example/backoffice/offer.xhtml?id="), text);
    }

    @Test
    void anEnglishSpeakingCandidateReadsEnglish() throws Exception {
        Application application = application("Sam", "en");
        Mail mail = Mail.aboutApplication(MailKind.APPLICATION_RECEIVED, "sam@etudiant.example", null, "en", 1, 2);
        MimeMessage message = renderer.render(mail, application, session);
        assertEquals("Your application " + application.getReference() + " has been received", message.getSubject());
        assertEquals("en", message.getHeader("Content-Language")[0]);
        assertEquals("Internships at the City of Paris", ((InternetAddress) message.getFrom()[0]).getPersonal());
    }

    @Test
    void aNameOrTitleWithLineBreaksAddsNoHeader() throws Exception {
        Application application = application("Léa\r\nBcc: victim@evil.example", "fr");
        application.getOffer().describe("Titre\r\nBcc: victim@evil.example", "m", "p");
        Mail mail = Mail.aboutApplication(MailKind.APPLICATION_NOTICE, "agent@paris.example",
                "Agent\r\nCc: other@evil.example", "fr", 1, 2).replyTo("agent@paris.example");

        MimeMessage message = renderer.render(mail, application, session);

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
        Mail mail = Mail.invitation("lea@etudiant.example", "Léa Martin", "fr", 1, 2, "agent.dac@stages.example",
                start, 45, "8 rue Léon-Schwartzenberg, 75010 Paris", "Apportez votre CV.")
                .withEventContact("Mme Durand,\n01 42 76 00 00");

        MimeMessage message = renderer.render(mail, application, session);

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
        Mail mail = Mail.digest("claire@paris.example", "Claire Moulin", "2 candidatures attendent une réponse",
                "- « Stage web » (DAC-00042) : 2 candidatures");

        MimeMessage message = renderer.renderSelfContained(mail, session);

        assertEquals("2 candidatures attendent une réponse", message.getSubject());
        String text = (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
        assertTrue(text.startsWith("Bonjour Claire Moulin,"), text);
        assertTrue(text.contains("- « Stage web » (DAC-00042) : 2 candidatures"), text);
        assertTrue(text.contains("/backoffice/offers.xhtml"), text);
    }

    @Test
    void aRejectionWithoutWordsOfTheAgentSaysTheStandardTextPolitely() throws Exception {
        Application application = application("Léa", "fr");
        Mail mail = Mail.rejection("lea@etudiant.example", "Léa Martin", "fr", 1, 2, "agent.dac@stages.example", " ");

        MimeMessage message = renderer.render(mail, application, session);

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
        Mail mail = Mail.rejection("sam@student.example", null, "en", 1, 2, "agent.dac@stages.example",
                "The position {0} was filled internally; we'll keep your CV.");

        MimeMessage message = renderer.render(mail, application, session);

        assertTrue(message.getSubject().startsWith("Your application for the offer \"Stage"), message.getSubject());
        String text = (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
        assertTrue(text.startsWith("Hello Sam,\n\nThe position {0} was filled internally; we'll keep your CV."), text);
        assertFalse(text.contains("careful consideration"), text);
    }

    @Test
    void aContactMessageHasTheAgentsSubjectOnOneLineAndRepliesGoToTheAgent() throws Exception {
        Application application = application("Léa", "fr");
        Mail mail = Mail.contact("lea@etudiant.example", "Léa Martin", "fr", 1, 2, "agent.dac@stages.example",
                "Pièces à fournir\r\nBcc: victim@evil.example", "Pouvez-vous m'envoyer votre convention ?");

        MimeMessage message = renderer.render(mail, application, session);
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

    @Test
    void aSpontaneousReceiptSaysWhereItGoesWhenAndForHowLong() throws Exception {
        Candidate candidate = new Candidate("Inès", "Diallo", "ines@etudiant.example", null, "Université Paris Cité",
                "Licence 3", EducationLevel.BAC_3, "fr");
        SpontaneousApplication anywhere = new SpontaneousApplication(candidate, Set.of(),
                Set.of(new JobFamily("Communication"), new JobFamily("Espaces verts, paysage et cimetières")),
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30), null, null);
        Mail mail = Mail.aboutSpontaneous("ines@etudiant.example", "Inès Diallo", "fr", 7);

        MimeMessage message = renderer.render(mail, anywhere, session);

        assertEquals("Votre candidature spontanée " + anywhere.getReference() + " a bien été reçue",
                message.getSubject());
        String text = (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
        assertTrue(text.startsWith("Bonjour Inès,"), text);
        assertTrue(text.contains("Directions : toutes les directions de la Ville"), text);
        assertTrue(text.contains("Métiers : Communication, Espaces verts, paysage et cimetières"), text);
        assertTrue(text.contains("Période souhaitée : du 1er mars 2027 au 30 juin 2027"), text);
        assertTrue(text.contains("pendant 12 mois"), text);
        assertTrue(text.contains("https://stages.paris.example/"), text);

        SpontaneousApplication chosen = new SpontaneousApplication(candidate,
                Set.of(new Direction("DAC", "Direction des affaires culturelles", null)), Set.of(
                new JobFamily("Communication", "Communication"),
                new JobFamily("Espaces verts, paysage et cimetières", "Green spaces, landscape and cemeteries"),
                new JobFamily("Restauration collective", null)),
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30), null, null);
        String english = (String) ((MimeMultipart) renderer.render(
                Mail.aboutSpontaneous("ines@etudiant.example", null, "en", 8), chosen, session).getContent())
                .getBodyPart(0).getContent();
        assertTrue(english.contains("Directions: Direction des affaires culturelles"), english);
        assertTrue(english.contains("Wished period: from March 1, 2027 to June 30, 2027"), english);
        // in English where the reference data says it, in English order; French when it does not
        assertTrue(english.contains("Job families: Communication, Green spaces, landscape and cemeteries, "
                + "Restauration collective\n"), english);
    }

    private static String decoded(Address address) {
        jakarta.mail.internet.InternetAddress internet = (jakarta.mail.internet.InternetAddress) address;
        return internet.getPersonal() + " <" + internet.getAddress() + ">";
    }
}

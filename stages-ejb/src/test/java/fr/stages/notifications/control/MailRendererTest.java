package fr.stages.notifications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.notifications.boundary.MailText;
import fr.stages.notifications.entity.Mail;
import fr.stages.notifications.entity.MailKind;
import fr.stages.platform.EmailAddress;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The road's part of every mail, whatever it says: headers, HTML, footer, calendar. */
class MailRendererTest {

    private static final EmailAddress LEA = EmailAddress.of("lea@etudiant.example");
    private final Session session = Session.getInstance(properties());
    private final MailRenderer renderer = new MailRenderer("https://stages.paris.example/");

    private static Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("mail.from", "stages@paris.example");
        return properties;
    }

    @Test
    void theWordsOfTheWriterGoOutAsTextAndTheSameInEscapedHtmlWithTheFooter() throws Exception {
        Mail mail = Mail.aboutApplication(MailKind.CONTACT, LEA, "Léa Martin", "fr", 1, 2);
        MimeMessage message = renderer.render(mail, MailText.of("Objet <b>&</b>",
                "Bonjour,\n\nUn lien : https://stages.paris.example/offers/offer.xhtml?id=1&x=<2>\nFin."), session);

        assertEquals("Objet <b>&</b>", message.getSubject());
        assertEquals("stages@paris.example", ((InternetAddress) message.getFrom()[0]).getAddress());
        assertEquals("Stages à la Ville de Paris", ((InternetAddress) message.getFrom()[0]).getPersonal());
        assertEquals("fr", message.getHeader("Content-Language")[0]);
        MimeMultipart alternative = (MimeMultipart) message.getContent();
        String text = (String) alternative.getBodyPart(0).getContent();
        assertTrue(text.startsWith("Bonjour,\n\nUn lien : "), text);
        assertTrue(text.endsWith("Stages à la Ville de Paris — https://stages.paris.example/\n"
                + "Ce courriel a été envoyé automatiquement par la plateforme des stages."), text);
        String html = (String) alternative.getBodyPart(1).getContent();
        assertTrue(html.startsWith("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>"
                + "Objet &lt;b&gt;&amp;&lt;/b&gt;</title>"), html);
        assertTrue(html.contains("<a href=\"https://stages.paris.example/offers/offer.xhtml?id=1&amp;x=&lt;2&gt;\">"),
                html);
        assertTrue(html.contains("<p>Bonjour,</p><p>Un lien : "), html);

        MimeMessage english = renderer.render(Mail.aboutApplication(MailKind.CONTACT, LEA, null, "en", 1, 2),
                MailText.of("Subject", "Hello"), session);
        assertEquals("Internships at the City of Paris", ((InternetAddress) english.getFrom()[0]).getPersonal());
    }

    @Test
    void aMailMadeTwiceIsTheSameMessageToTheRecipientsMailSystem() throws Exception {
        Mail mail = Mail.aboutApplication(MailKind.CONTACT, LEA, null, "fr", 1, 2);
        String first = renderer.render(mail, MailText.of("a", "b"), session).getMessageID();
        String again = renderer.render(mail, MailText.of("a", "b"), session).getMessageID();
        assertEquals(first, again, "sent again after a crash, the same Message-ID");
        assertTrue(first.matches("<stages-mail-[^@]+@paris\\.example>"), first);
    }

    @Test
    void aNameOrSubjectWithLineBreaksAddsNoHeaderNorRecipient() throws Exception {
        Mail mail = Mail.aboutApplication(MailKind.CONTACT, LEA, "Léa\r\nBcc: victim@evil.example", "fr", 1, 2)
                .replyTo(EmailAddress.of("agent@paris.example"));
        MimeMessage message = renderer.render(mail, MailText.of("Titre\r\nBcc: victim@evil.example", "b"), session);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        String headers = raw.toString(StandardCharsets.UTF_8).split("\r\n\r\n", 2)[0];
        assertFalse(headers.contains("\r\nBcc:"), headers);
        assertEquals(1, message.getAllRecipients().length, "only the one recipient");
        assertEquals("agent@paris.example", message.getReplyTo()[0].toString());
        assertEquals("Titre Bcc: victim@evil.example", message.getSubject());
    }

    @Test
    void wordsWithAnEventCarryAnIcsRequestOfTheMailsEventOrganisedByWhomRepliesGoTo() throws Exception {
        LocalDateTime start = LocalDateTime.now().plusDays(7).withHour(14).withMinute(30).withSecond(0).withNano(0);
        Mail mail = Mail.invitation(LEA, "Léa Martin", "fr", 1, 2, EmailAddress.of("agent.dac@stages.example"),
                start, 45, "8 rue Léon-Schwartzenberg, 75010 Paris", null);
        MimeMessage message = renderer.render(mail, MailText.of("Entretien", "Venez.").withEvent("uid-1@stages"),
                session);

        assertTrue(message.getContentType().startsWith("multipart/mixed"));
        MimeMultipart mixed = (MimeMultipart) message.getContent();
        assertEquals(2, mixed.getCount());
        var calendar = mixed.getBodyPart(1);
        assertTrue(calendar.getContentType().startsWith("text/calendar"), calendar.getContentType());
        assertEquals("invitation.ics", calendar.getFileName());
        String ics = new String(calendar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ics.contains("UID:uid-1@stages"), ics);
        assertTrue(ics.contains("ORGANIZER:mailto:agent.dac@stages.example"), ics);
        assertTrue(ics.contains("DESCRIPTION:Venez."), ics);

        Mail noEvent = Mail.aboutApplication(MailKind.CONTACT, LEA, null, "fr", 1, 2);
        assertThrows(IllegalStateException.class, () -> renderer.render(noEvent,
                MailText.of("a", "b").withEvent("uid-2@stages"), session), "an event needs its time");
    }
}

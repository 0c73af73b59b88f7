package fr.stages.notifications.control;

import fr.stages.notifications.boundary.MailText;
import fr.stages.notifications.entity.Mail;
import fr.stages.platform.PublicUrl;
import fr.stages.platform.SingleLine;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Date;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the MIME message of a mail from the words its writer gave (MailText): sender under the platform's name,
 * recipient, reply-to, a Message-ID of its own, plain text and the same in HTML, the platform's footer, and an
 * iCalendar request when the words describe an event. Knows nothing of what the mail is about.
 */
public final class MailRenderer {

    /** The road's own words: the sender's name and the footer. */
    public static final String BUNDLE = "fr.stages.notifications.mails";
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    private final String baseUrl;

    public MailRenderer(String baseUrl) {
        this.baseUrl = PublicUrl.forMessages(java.util.Objects.requireNonNull(baseUrl));
    }

    /** The configured public address of the platform (server-config: stages.base-url). */
    public static MailRenderer configured() {
        return new MailRenderer(PublicUrl.forMessages());
    }

    public MimeMessage render(Mail mail, MailText text, Session session) throws MessagingException {
        Locale locale = mail.locale();
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        MimeMessage message = message(mail, text.subject(), texts, session);
        if (text.unsubscribe() != null) {
            // RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click" to that address, no page, no sign-in
            message.setHeader("List-Unsubscribe", "<" + text.unsubscribe() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        MimeMultipart alternative = alternative(mail, text.subject(), text.body(), texts, locale);
        if (text.eventUid() == null) {
            message.setContent(alternative);
        } else {
            MimeBodyPart readable = new MimeBodyPart();
            readable.setContent(alternative);
            MimeBodyPart calendar = new MimeBodyPart();
            // bytes with their type: Jakarta Mail has no content handler for text/calendar strings
            calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    invitation(mail, text, message).getBytes(StandardCharsets.UTF_8),
                    "text/calendar; charset=UTF-8; method=REQUEST")));
            calendar.setFileName("invitation.ics");
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(readable);
            mixed.addBodyPart(calendar);
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    /** The event of the mail (when, how long, where), organised by whom replies go to, described by the body. */
    private static String invitation(Mail mail, MailText text, MimeMessage message) throws MessagingException {
        if (mail.getEventStart() == null || mail.getEventMinutes() == null) {
            throw new IllegalStateException("an event without its time: mail " + mail.getId());
        }
        String organizer = mail.getReplyTo() != null ? mail.getReplyTo()
                : ((InternetAddress) message.getFrom()[0]).getAddress();
        return Invitation.request(text.eventUid(), mail.getEventStart(), mail.getEventMinutes(),
                mail.getEventLocation(), text.subject(), text.body(), organizer, mail.getRecipient());
    }

    /**
     * Sender, recipient, reply-to, subject, date and language of a mail, without its content. Its Message-ID is
     * the mail's own (stages-mail-ID@host): a mail sent again after a crash interrupted its SMTP conversation, when
     * the server may have taken it already, is the same message to the recipient's mail system, not a new one.
     */
    private static MimeMessage message(Mail mail, String subject, ResourceBundle texts, Session session)
            throws MessagingException {
        String id = "<stages-mail-" + mail.getId() + "@" + messageIdHost(session) + ">";
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", id);
            }
        };
        // the mail session's address (server-config: STAGES_MAIL_FROM) under the platform's name, in the mail's
        // language: « Stages à la Ville de Paris <stages@…> », not a bare address a reader may take for spam
        message.setFrom(sender(session, texts.getString("sender")));
        message.setRecipient(MimeMessage.RecipientType.TO, address(mail.getRecipient(), mail.getRecipientName()));
        if (mail.getReplyTo() != null) {
            message.setReplyTo(new InternetAddress[] {address(mail.getReplyTo(), null)});
        }
        message.setSubject(subject, "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("Content-Language", mail.getLanguage());
        return message;
    }

    private static InternetAddress sender(Session session, String name) throws MessagingException {
        InternetAddress address = InternetAddress.getLocalAddress(session);
        if (address == null) {
            throw new MessagingException("no sender address: mail.from of the mail session");
        }
        try {
            return new InternetAddress(address.getAddress(), name, "UTF-8");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8", e); // always supported
        }
    }

    /** The sender's domain (stages@ville.example: ville.example), as Message-IDs usually end. */
    private static String messageIdHost(Session session) {
        String from = session.getProperty("mail.from");
        int at = from == null ? -1 : from.lastIndexOf('@');
        String host = at < 0 ? "stages.localhost" : from.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
        return host.isEmpty() ? "stages.localhost" : host;
    }

    /** The body with the platform's footer, as plain text and as the same in HTML. */
    private MimeMultipart alternative(Mail mail, String subject, String body, ResourceBundle texts, Locale locale)
            throws MessagingException {
        String signed = body + "\n\n-- \n" + format(texts.getString("footer"), locale, baseUrl + "/");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(signed, "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(html(signed, mail.getLanguage(), subject), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        return alternative;
    }

    private static InternetAddress address(String address, String name) throws MessagingException {
        try {
            // the name is encoded by Jakarta Mail (RFC 2047): it cannot add a header or a recipient
            return name == null ? new InternetAddress(address, true)
                    : new InternetAddress(address, SingleLine.of(name), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8", e);
        }
    }

    private static String format(String pattern, Locale locale, Object... values) {
        return new MessageFormat(pattern, locale).format(values);
    }

    /** The text version as simple HTML: paragraphs, line breaks, links; everything else escaped. */
    static String html(String text, String language, String title) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(language)
                .append("\"><head><meta charset=\"utf-8\"><title>").append(escape(title))
                .append("</title></head><body style=\"font-family:Arial,sans-serif;line-height:1.5;color:#1e1e1e\">");
        for (String paragraph : text.split("\\n\\s*\\n")) {
            html.append("<p>").append(links(escape(paragraph.strip())).replace("\n", "<br>")).append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    private static String links(String escaped) {
        Matcher matcher = URL.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(
                    "<a href=\"" + matcher.group() + "\">" + matcher.group() + "</a>"));
        }
        return matcher.appendTail(out).toString();
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

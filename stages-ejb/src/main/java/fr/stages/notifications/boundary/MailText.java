package fr.stages.notifications.boundary;

import fr.stages.platform.SingleLine;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of one mail, as its writer made them: a subject (on one line), a plain-text body (paragraphs
 * separated by blank lines; addresses of links written out), and, for an invitation, the identifier of the
 * calendar event that the road attaches from the mail's own event (when, how long, where), and for a mail one
 * subscribed to, the address that unsubscribes in one click.
 */
public record MailText(String subject, String body, String eventUid, String unsubscribe) {

    public MailText {
        subject = SingleLine.of(subject);
    }

    public MailText(String subject, String body, String eventUid) {
        this(subject, body, eventUid, null);
    }

    public static MailText of(String subject, String body) {
        return new MailText(subject, body, null, null);
    }

    /**
     * The same words for a mail the recipient subscribed to: the road adds the one-click unsubscribe headers of
     * RFC 8058 (List-Unsubscribe with that https address, which answers a POST, and List-Unsubscribe-Post).
     */
    public MailText withUnsubscribe(String url) {
        return new MailText(subject, body, eventUid, url);
    }

    /** The subject and body of a bundle's template (key.subject, key.body), filled with the values in order. */
    public static MailText fromTemplate(ResourceBundle texts, String key, Locale locale, Object... values) {
        return of(format(texts.getString(key + ".subject"), locale, values),
                format(texts.getString(key + ".body"), locale, values));
    }

    /** A mail bundle's pattern filled in the mail's language (dates, numbers, choices). */
    public static String format(String pattern, Locale locale, Object... values) {
        return new MessageFormat(pattern, locale).format(values);
    }

    /** The same words with an iCalendar request attached: the event described by the body. */
    public MailText withEvent(String uid) {
        return new MailText(subject, body, uid, unsubscribe);
    }
}

package fr.stages.notifications.boundary;

import fr.stages.notifications.entity.Mail;
import fr.stages.notifications.entity.MailKind;
import java.util.Set;

/**
 * What a capability gives the mail road for the kinds of mail it sends: their words. The road (queue, log,
 * retries, headers, HTML, footer, calendar) calls the writer of a mail's kind when the mail leaves, in the
 * transaction that claims it, and knows nothing of what the mail is about. A writer is a CDI bean; each kind has
 * exactly one.
 */
public interface MailWriter {

    /** The kinds this writer writes. */
    Set<MailKind> kinds();

    /**
     * The subject and body of the mail, in its language, from the rows it is about as committed (a writer reads
     * them bypassing the shared cache: the mail's message can arrive before its transaction reached the cache).
     *
     * @throws UnwritableMail when what the mail is about is gone: the mail fails for good, with that reason
     */
    MailText write(Mail mail);
}

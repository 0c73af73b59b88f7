package fr.stages.notifications.boundary;

import fr.stages.notifications.entity.Mail;
import fr.stages.notifications.entity.MailKind;
import jakarta.persistence.CacheRetrieveMode;
import java.util.Map;
import java.util.Set;

/**
 * What a capability gives the mail road for the kinds of mail it sends: their words. The road (queue, log,
 * retries, headers, HTML, footer, calendar) calls the writer of a mail's kind when the mail leaves, in the
 * transaction that claims it, and knows nothing of what the mail is about. A writer is a CDI bean; each kind has
 * exactly one.
 */
public interface MailWriter {

    /**
     * How a writer reads its rows: as committed, not as the shared cache holds them. The mail's message becomes
     * visible when the sending transaction commits, a moment before EclipseLink applies that transaction to its
     * cache (an application deleted in it was still found there: seen once in CI as a mail sent instead of failed).
     */
    Map<String, Object> AS_COMMITTED = Map.of("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS);

    /** The kinds this writer writes. */
    Set<MailKind> kinds();

    /**
     * The subject and body of the mail, in its language, from the rows it is about as committed
     * ({@link #AS_COMMITTED}).
     *
     * @throws UnwritableMail when what the mail is about is gone: the mail fails for good, with that reason
     */
    MailText write(Mail mail);
}

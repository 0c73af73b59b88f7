package fr.stages.notifications.entity;

import fr.stages.platform.BusinessException;
import fr.stages.platform.CityTime;
import fr.stages.platform.EmailAddress;
import fr.stages.platform.SingleLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * One mail to one recipient, from queued to sent or failed: the log agents and administrators read. Sending
 * failures are retried with a doubling delay, capped, for longer than an hour in all; then the mail is failed,
 * visibly, never dropped.
 */
@Entity
@NamedQuery(name = Mail.BY_STATUS, query = "select m from Mail m where m.status = :status order by m.queuedAt desc")
@NamedQuery(name = Mail.WAITING, query = """
        select m from Mail m where m.status = fr.stages.notifications.entity.MailStatus.QUEUED
            or m.status = fr.stages.notifications.entity.MailStatus.SENDING order by m.queuedAt""")
@NamedQuery(name = Mail.OVERDUE, query = """
        select m from Mail m where m.status = fr.stages.notifications.entity.MailStatus.QUEUED
            and coalesce(m.nextAttemptAt, m.queuedAt) < :before order by m.queuedAt""")
@NamedQuery(name = Mail.INTERRUPTED, query = """
        select m from Mail m where m.status = fr.stages.notifications.entity.MailStatus.SENDING
            and m.claimedAt < :before order by m.queuedAt""")
@NamedQuery(name = Mail.RESENT_AFTER_INTERRUPTION, query = """
        select m from Mail m where m.interruptions > 0 and m.queuedAt >= :since order by m.queuedAt desc""")
@NamedQuery(name = Mail.OLDEST_OVERDUE, query = """
        select m.nextAttemptAt, m.queuedAt from Mail m where m.status = fr.stages.notifications.entity.MailStatus.QUEUED
        order by coalesce(m.nextAttemptAt, m.queuedAt)""")
@NamedQuery(name = Mail.COUNT_WAITING, query = """
        select count(m) from Mail m where m.status = fr.stages.notifications.entity.MailStatus.QUEUED
            or m.status = fr.stages.notifications.entity.MailStatus.SENDING""")
public class Mail {

    public static final String BY_STATUS = "Mail.byStatus";
    /** Mails not sent yet, oldest first. */
    public static final String WAITING = "Mail.waiting";
    public static final String COUNT_WAITING = "Mail.countWaiting";
    /** Queued mails whose message should have been delivered before :before (it was lost, or the queue is stuck). */
    public static final String OVERDUE = "Mail.overdue";
    /** The schedule and queuing of queued mails as stored, the one due first first: how late the oldest one is. */
    public static final String OLDEST_OVERDUE = "Mail.oldestOverdue";
    /** Mails claimed before :before and never recorded: the server stopped during their sending. */
    public static final String INTERRUPTED = "Mail.interrupted";
    /** Mails queued since :since whose sending a stop of the server cut at least once: maybe received twice. */
    public static final String RESENT_AFTER_INTERRUPTION = "Mail.resentAfterInterruption";
    public static final int MAX_ATTEMPTS = 10;
    /** Delays 1, 2, 4… units, at most 30 units: with the 30 s unit of production, 94 minutes of retries in all. */
    public static final int MAX_DELAY_UNITS = 30;
    public static final int SUBJECT_LENGTH = 200;
    public static final int MESSAGE_LENGTH = 5000;

    @Id
    @SequenceGenerator(name = "mail_seq", sequenceName = "mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private MailKind kind;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(name = "recipient_name", length = 200)
    private String recipientName;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "reply_to", length = 254)
    private String replyTo;

    @Column(name = "offer_id")
    private Long offerId;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "spontaneous_id")
    private Long spontaneousId;

    /** The search alert a confirmation link or a digest is about (its one-click unsubscribe is made from it). */
    @Column(name = "alert_id")
    private Long alertId;

    @Column(name = "event_start")
    private LocalDateTime eventStart;

    @Column(name = "event_minutes")
    private Integer eventMinutes;

    @Column(name = "event_location", length = 300)
    private String eventLocation;

    /** Whom the candidate may call about the event (a name, a phone number). */
    @Column(name = "event_contact", length = 300)
    private String eventContact;

    /** What the agent wrote, sent as it is inside the template. */
    @Column(length = 5000)
    private String message;

    /** The subject an agent wrote (contact messages); other kinds take theirs from the templates. */
    @Column(length = 200)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Column(name = "queued_at", nullable = false)
    private LocalDateTime queuedAt;

    @Column(name = "next_attempt_at")
    private LocalDateTime nextAttemptAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    /** When the dispatcher claimed it for an SMTP conversation (status SENDING). */
    @Column(name = "claimed_at")
    private LocalDateTime claimedAt;

    /**
     * How many of its SMTP conversations a stop of the server cut before their outcome was recorded: each may
     * have reached the recipient, who then received the mail twice (same Message-ID).
     */
    @Column(nullable = false)
    private int interruptions;

    protected Mail() {
    }

    private Mail(MailKind kind, EmailAddress recipient, String recipientName, String language) {
        this.kind = kind;
        this.recipient = recipient.value();
        this.recipientName = recipientName == null ? null : SingleLine.of(recipientName);
        this.language = "en".equals(language) ? "en" : "fr";
        this.status = MailStatus.QUEUED;
        this.queuedAt = CityTime.now();
    }

    /** A mail about an application (to its candidate or to the offer's author). */
    public static Mail aboutApplication(MailKind kind, EmailAddress recipient, String recipientName, String language,
                                        long offerId, long applicationId) {
        Mail mail = new Mail(kind, recipient, recipientName, language);
        mail.offerId = offerId;
        mail.applicationId = applicationId;
        return mail;
    }

    /** The receipt of a spontaneous application, to its candidate. */
    public static Mail aboutSpontaneous(EmailAddress recipient, String recipientName, String language,
                                        long spontaneousId) {
        Mail mail = new Mail(MailKind.SPONTANEOUS_RECEIVED, recipient, recipientName, language);
        mail.spontaneousId = spontaneousId;
        return mail;
    }

    /**
     * An interview invitation to the candidate of an application: when (Paris time), for how long, where (an
     * address or a video link) and the agent's message; replies go to the agent.
     */
    public static Mail invitation(EmailAddress recipient, String recipientName, String language, long offerId,
                                  long applicationId, EmailAddress agentEmail, LocalDateTime start, int minutes,
                                  String location, String message) {
        if (start == null || !start.isAfter(CityTime.now())) {
            throw new BusinessException("mail.invitation.start");
        }
        if (minutes < 10 || minutes > 8 * 60) {
            throw new BusinessException("mail.invitation.minutes");
        }
        if (location == null || location.isBlank()) {
            throw new BusinessException("mail.invitation.location");
        }
        Mail mail = aboutApplication(MailKind.INTERVIEW_INVITATION, recipient, recipientName, language, offerId,
                applicationId).replyTo(agentEmail);
        mail.eventStart = start.truncatedTo(ChronoUnit.MINUTES); // calendars and people count in minutes
        mail.eventMinutes = minutes;
        mail.eventLocation = SingleLine.of(location);
        mail.message = text(message, false, "mail.invitation.message");
        return mail;
    }

    /**
     * A rejection in the words the agent chose (the direction's template, possibly edited); without words, the
     * platform's standard text. Replies go to the agent.
     */
    public static Mail rejection(EmailAddress recipient, String recipientName, String language, long offerId,
                                 long applicationId, EmailAddress agentEmail, String message) {
        Mail mail = aboutApplication(MailKind.REJECTION, recipient, recipientName, language, offerId, applicationId)
                .replyTo(agentEmail);
        mail.message = text(message, false, "mail.rejection.message");
        return mail;
    }

    /** A free message from an agent to a candidate, with a subject of the agent's; replies go to the agent. */
    public static Mail contact(EmailAddress recipient, String recipientName, String language, long offerId,
                               long applicationId, EmailAddress agentEmail, String subject, String message) {
        if (agentEmail == null) {
            throw new BusinessException("mail.contact.replyTo");
        }
        Mail mail = aboutApplication(MailKind.CONTACT, recipient, recipientName, language, offerId, applicationId)
                .replyTo(agentEmail);
        String line = subject == null ? "" : SingleLine.of(subject);
        if (line.isEmpty() || line.length() > SUBJECT_LENGTH) {
            throw new BusinessException("mail.contact.subject", SUBJECT_LENGTH);
        }
        mail.subject = line;
        mail.message = text(message, true, "mail.contact.message");
        return mail;
    }

    /**
     * An agent's daily reminder: its subject and list are written when it is queued (they describe that
     * morning), in French, the back office's language.
     */
    public static Mail digest(EmailAddress recipient, String recipientName, String subject, String list) {
        Mail mail = new Mail(MailKind.DAILY_DIGEST, recipient, recipientName, "fr");
        mail.subject = SingleLine.of(subject);
        mail.message = list.length() > MESSAGE_LENGTH ? list.substring(0, MESSAGE_LENGTH) : list;
        return mail;
    }

    /**
     * A link to choose a password, to an agent (forgotten password, or new account). The link is a secret: the
     * log keeps it only until the mail has left.
     */
    public static Mail passwordLink(MailKind kind, EmailAddress recipient, String recipientName, String link) {
        if (kind != MailKind.PASSWORD_RESET && kind != MailKind.ACCOUNT_CREATED) {
            throw new IllegalArgumentException(kind.name());
        }
        Mail mail = new Mail(kind, recipient, recipientName, "fr");
        mail.message = link;
        return mail;
    }

    /** The link that confirms a search alert made without an account (double opt-in); a secret until sent. */
    public static Mail alertConfirmation(EmailAddress recipient, String language, long alertId, String link) {
        Mail mail = new Mail(MailKind.ALERT_CONFIRMATION, recipient, null, language);
        mail.alertId = alertId;
        mail.message = link;
        return mail;
    }

    /**
     * A search alert's digest: its subject and list are written when it is queued (the offers new that morning),
     * in the alert's language.
     */
    public static Mail alertDigest(EmailAddress recipient, String language, long alertId, String subject, String list) {
        Mail mail = new Mail(MailKind.ALERT_DIGEST, recipient, null, language);
        mail.alertId = alertId;
        mail.subject = SingleLine.of(subject);
        mail.message = list.length() > MESSAGE_LENGTH ? list.substring(0, MESSAGE_LENGTH) : list;
        return mail;
    }

    /** A candidate's one-time sign-in link, in the language of the page that asked for it. */
    public static Mail signInLink(EmailAddress recipient, String language, String link) {
        Mail mail = new Mail(MailKind.SIGN_IN_LINK, recipient, null, language);
        mail.message = link;
        return mail;
    }

    /** An agent's text, stripped; required or not, and never longer than its column. */
    private static String text(String value, boolean required, String key) {
        String text = value == null ? "" : value.strip();
        if ((required && text.isEmpty()) || text.length() > MESSAGE_LENGTH) {
            throw new BusinessException(key, MESSAGE_LENGTH);
        }
        return text.isEmpty() ? null : text;
    }

    /** An invitation names whom to call about the interview; blank: nobody but the reply address. */
    public Mail withEventContact(String contact) {
        if (kind != MailKind.INTERVIEW_INVITATION) {
            throw new IllegalStateException("a contact for an event only goes with an invitation");
        }
        String line = contact == null ? "" : SingleLine.of(contact);
        this.eventContact = line.isEmpty() ? null : line.substring(0, Math.min(line.length(), 300));
        return this;
    }

    /** Replies go to this address (the agent who writes) instead of the platform's sender. */
    public Mail replyTo(EmailAddress address) {
        this.replyTo = address == null ? null : address.value();
        return this;
    }

    /**
     * The dispatcher takes the mail for one SMTP conversation. Committed on its own before the conversation, the
     * claim is what makes a second delivery of the same message (a recovered transaction, the sweeper) a no-op.
     */
    public void claim() {
        if (status != MailStatus.QUEUED) {
            throw new IllegalStateException("mail " + id + " is " + status + ", not queued");
        }
        status = MailStatus.SENDING;
        claimedAt = CityTime.now();
    }

    /**
     * The sweeper puts a mail back on the queue: its message was lost (a crash between the database's commit and
     * the broker's), or its sending was interrupted (claimed, never recorded). An interrupted sending may have
     * reached the SMTP server: the log says so, and the mail goes again (at least once rather than never).
     */
    public void requeueLost() {
        if (status == MailStatus.SENDING) {
            lastError = "envoi interrompu (arrêt du serveur pendant l'envoi) : nouvel envoi";
            interruptions++;
        } else if (status != MailStatus.QUEUED) {
            throw new IllegalStateException("mail " + id + " is " + status);
        }
        status = MailStatus.QUEUED;
        claimedAt = null;
        nextAttemptAt = CityTime.now();
    }

    public void sent() {
        if (kind.carriesSecret()) {
            message = null; // the link's secret leaves with the mail, not in the log
        }
        attempts++;
        status = MailStatus.SENT;
        sentAt = CityTime.now();
        claimedAt = null;
        nextAttemptAt = null;
        lastError = null;
    }

    /**
     * Records a failed attempt. Answers the delay before the next one, or nothing when the mail has now failed
     * for good (too many attempts, or a permanent cause such as a deleted application).
     */
    public Optional<Duration> attemptFailed(String error, boolean permanent, Duration unit) {
        attempts++;
        lastError = error == null ? "?" : error.substring(0, Math.min(error.length(), 2000));
        claimedAt = null;
        if (permanent || attempts >= MAX_ATTEMPTS) {
            status = MailStatus.FAILED;
            nextAttemptAt = null;
            return Optional.empty();
        }
        Duration delay = unit.multipliedBy(Math.min(1L << (attempts - 1), MAX_DELAY_UNITS));
        status = MailStatus.QUEUED;
        nextAttemptAt = CityTime.now().plus(delay);
        return Optional.of(delay);
    }

    /** An administrator sends a failed mail again, with a fresh series of attempts. */
    public void requeue() {
        if (status != MailStatus.FAILED) {
            throw new BusinessException("mail.requeue.notFailed", status);
        }
        status = MailStatus.QUEUED;
        attempts = 0;
        nextAttemptAt = CityTime.now(); // due now, not when first queued: the sweeper must not take it for lost
    }

    /** The language the recipient reads, French unless English. */
    public Locale locale() {
        return "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
    }

    public Long getId() {
        return id;
    }

    public MailKind getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getLanguage() {
        return language;
    }

    public String getReplyTo() {
        return replyTo;
    }

    public Long getAlertId() {
        return alertId;
    }

    public Long getOfferId() {
        return offerId;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Long getSpontaneousId() {
        return spontaneousId;
    }

    public LocalDateTime getEventStart() {
        return eventStart;
    }

    public Integer getEventMinutes() {
        return eventMinutes;
    }

    public String getEventLocation() {
        return eventLocation;
    }

    public String getEventContact() {
        return eventContact;
    }

    public String getMessage() {
        return message;
    }

    public String getSubject() {
        return subject;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public LocalDateTime getQueuedAt() {
        return queuedAt;
    }

    public LocalDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }

    public LocalDateTime getClaimedAt() {
        return claimedAt;
    }

    public int getInterruptions() {
        return interruptions;
    }

    /** When the mail was due to leave: its last attempt's schedule, or its queuing. */
    public LocalDateTime getDueAt() {
        return nextAttemptAt == null ? queuedAt : nextAttemptAt;
    }
}

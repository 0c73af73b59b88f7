package fr.stages.notifications.control;

import fr.stages.applications.control.Intake;
import fr.stages.applications.entity.Application;
import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.JobFamily;
import fr.stages.notifications.entity.Mail;
import fr.stages.notifications.entity.MailKind;
import fr.stages.platform.Dates;
import fr.stages.platform.PublicUrl;
import fr.stages.spontaneous.entity.SpontaneousApplication;
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
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a mail from its kind's template, in the recipient's language: plain text and the same in HTML, the
 * platform's name and a link to it in the footer, absolute links built on the configured base URL.
 */
public final class MailRenderer {

    public static final String BUNDLE = "fr.stages.notifications.mails";
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    private final String baseUrl;

    public MailRenderer(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The configured public address of the platform (server-config: stages.base-url). */
    public static MailRenderer configured() {
        return new MailRenderer(PublicUrl.configured().orElse("http://localhost:8080"));
    }

    public MimeMessage render(Mail mail, Application application, Session session) throws MessagingException {
        return render(mail, application, List.of(application), session);
    }

    /**
     * A mail about an application sent together with others (one form, several offers): the candidate's receipt
     * lists them all.
     */
    public MimeMessage render(Mail mail, Application application, List<Application> together, Session session)
            throws MessagingException {
        Locale locale = Locale.forLanguageTag(mail.getLanguage());
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        boolean many = mail.getKind() == MailKind.APPLICATION_RECEIVED && together.size() > 1;
        String template = many ? mail.getKind() + ".many" : mail.getKind().name();
        Object[] values = many ? many(application, together, texts, locale) : values(mail, application, texts, locale);
        String subject = Mail.singleLine(format(texts.getString(template + ".subject"), locale, values));
        String body = format(texts.getString(template + ".body"), locale, values);
        MimeMessage message = message(mail, subject, texts, session);
        MimeMultipart alternative = alternative(mail, subject, body, texts, locale);
        if (mail.getKind() == MailKind.INTERVIEW_INVITATION) {
            MimeBodyPart readable = new MimeBodyPart();
            readable.setContent(alternative);
            MimeBodyPart calendar = new MimeBodyPart();
            // bytes with their type: Jakarta Mail has no content handler for text/calendar strings
            calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    invitation(mail, application, subject, body(texts, mail, values, locale), message)
                            .getBytes(StandardCharsets.UTF_8),
                    "text/calendar; charset=UTF-8; method=REQUEST")));
            calendar.setFileName("invitation.ics");
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(readable);
            mixed.addBodyPart(calendar);
            message.setContent(mixed);
        } else {
            message.setContent(alternative);
        }
        message.saveChanges();
        return message;
    }

    /**
     * The receipt of a spontaneous application: its reference, the directions (or all of them), the job
     * families and period chosen, and how long the pool keeps it.
     */
    public MimeMessage render(Mail mail, SpontaneousApplication application, Session session)
            throws MessagingException {
        Locale locale = Locale.forLanguageTag(mail.getLanguage());
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        String directions = application.getDirections().isEmpty() ? texts.getString("SPONTANEOUS_RECEIVED.any")
                : application.getSortedDirections().stream().map(Direction::getName).collect(Collectors.joining(", "));
        String families = application.sortedJobFamilies(locale).stream().map(f -> f.nameIn(locale))
                .collect(Collectors.joining(", "));
        String period = application.getWishedStart() == null || application.getWishedEnd() == null ? "-"
                : format(texts.getString("SPONTANEOUS_RECEIVED.period"), locale,
                        Dates.longDate(application.getWishedStart(), locale),
                        Dates.longDate(application.getWishedEnd(), locale));
        Object[] values = {application.getReference(), application.getCandidate().getFirstName(),
            Dates.longDate(application.getReceivedAt().toLocalDate(), locale), directions, families, period,
            SpontaneousApplication.RETENTION_MONTHS, baseUrl + "/"};
        String subject = Mail.singleLine(format(texts.getString("SPONTANEOUS_RECEIVED.subject"), locale, values));
        MimeMessage message = message(mail, subject, texts, session);
        message.setContent(alternative(mail, subject, format(texts.getString("SPONTANEOUS_RECEIVED.body"), locale,
                values), texts, locale));
        message.saveChanges();
        return message;
    }

    /**
     * A mail whose text is on its log row (MailKind.isSelfContained): an agent's daily reminder (subject and
     * list written at queue time), or a link to choose a password.
     */
    public MimeMessage renderSelfContained(Mail mail, Session session) throws MessagingException {
        Locale locale = Locale.forLanguageTag(mail.getLanguage());
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        String name = mail.getRecipientName() == null ? "" : " " + mail.getRecipientName();
        if (mail.getMessage() == null) {
            throw new IllegalStateException("nothing to send: the mail's text is no longer in the log");
        }
        String subject = mail.getKind() == MailKind.DAILY_DIGEST ? mail.getSubject()
                : texts.getString(mail.getKind() + ".subject");
        String body = mail.getKind() == MailKind.DAILY_DIGEST
                ? format(texts.getString("DAILY_DIGEST.body"), locale, name, mail.getMessage(),
                        baseUrl + "/backoffice/offers.xhtml")
                : format(texts.getString(mail.getKind() + ".body"), locale, name, mail.getMessage(), mail.getRecipient());
        MimeMessage message = message(mail, subject, texts, session);
        message.setContent(alternative(mail, subject, body, texts, locale));
        message.saveChanges();
        return message;
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

    private static String body(ResourceBundle texts, Mail mail, Object[] values, Locale locale) {
        return format(texts.getString(mail.getKind() + ".body"), locale, values);
    }

    private static String invitation(Mail mail, Application application, String subject, String description,
                                     MimeMessage message) throws MessagingException {
        String organizer = mail.getReplyTo() != null ? mail.getReplyTo()
                : ((InternetAddress) message.getFrom()[0]).getAddress();
        return Invitation.request("invitation-" + application.getReference() + "-" + mail.getId() + "@stages",
                mail.getEventStart(), mail.getEventMinutes(), mail.getEventLocation(), subject, description,
                organizer, mail.getRecipient());
    }

    /** APPLICATION_RECEIVED.many: {0} how many, {1} first name, {2} one line per offer, {3} date. */
    private Object[] many(Application first, List<Application> together, ResourceBundle texts, Locale locale) {
        StringBuilder lines = new StringBuilder();
        for (Application application : together) {
            lines.append("- « ").append(application.getOffer().getTitle()).append(" » (")
                    .append(application.getOffer().getDirection().getName()).append(") : ")
                    .append(application.getReference()).append("\n  ")
                    .append(baseUrl).append("/offers/offer.xhtml?id=").append(application.getOffer().getId())
                    .append('\n');
            lines.append("  ").append(format(texts.getString("APPLICATION_RECEIVED.many.withdraw"), locale,
                    withdrawal(application))).append('\n');
        }
        return new Object[] {together.size(), first.getCandidate().getFirstName(), lines.toString().strip(),
            Dates.longDate(first.getReceivedAt().toLocalDate(), locale)};
    }

    /** The link that lets the candidate withdraw one application (its key: see Intake.withdrawalKey). */
    private String withdrawal(Application application) {
        return baseUrl + "/offers/withdraw.xhtml?candidature=" + application.getReference() + "&cle="
                + Intake.withdrawalKey(application.getReference());
    }

    /** The values of the kind's template, in the order its comment in the bundle gives. */
    private Object[] values(Mail mail, Application application, ResourceBundle texts, Locale locale) {
        String received = Dates.longDate(application.getReceivedAt().toLocalDate(), locale);
        return switch (mail.getKind()) {
            case APPLICATION_RECEIVED -> new Object[] {application.getReference(),
                application.getCandidate().getFirstName(), application.getOffer().getTitle(),
                application.getOffer().getDirection().getName(), received,
                baseUrl + "/offers/offer.xhtml?id=" + application.getOffer().getId(), withdrawal(application)};
            case APPLICATION_NOTICE, APPLICATION_WITHDRAWN -> new Object[] {application.getReference(),
                application.getCandidate().getFullName(), application.getOffer().getTitle(),
                application.getOffer().getReference(), received,
                baseUrl + "/backoffice/offer.xhtml?id=" + application.getOffer().getId()};
            case INTERVIEW_INVITATION -> new Object[] {application.getReference(),
                application.getCandidate().getFirstName(), application.getOffer().getTitle(),
                application.getOffer().getDirection().getName(),
                Dates.fullDateTime(mail.getEventStart(), locale),
                mail.getEventMinutes(), mail.getEventLocation(),
                mail.getMessage() == null ? "" : mail.getMessage() + "\n\n", mail.getReplyTo(),
                mail.getEventContact() == null ? ""
                        : format(texts.getString("INTERVIEW_INVITATION.contact"), locale, mail.getEventContact())};
            case REJECTION -> new Object[] {application.getReference(), application.getCandidate().getFirstName(),
                application.getOffer().getTitle(), application.getOffer().getDirection().getName(),
                mail.getMessage() == null ? texts.getString("REJECTION.standard") : mail.getMessage(),
                baseUrl + "/"};
            case CONTACT -> new Object[] {application.getReference(), application.getCandidate().getFirstName(),
                application.getOffer().getTitle(), application.getOffer().getDirection().getName(),
                mail.getSubject(), mail.getMessage(), mail.getReplyTo()};
            case SPONTANEOUS_ATTACHED -> new Object[] {application.getReference(),
                application.getCandidate().getFirstName(), application.getOffer().getTitle(),
                application.getOffer().getDirection().getName(), application.getHistory().isEmpty() ? ""
                        : application.getHistory().get(0).getNote(),
                baseUrl + "/offers/offer.xhtml?id=" + application.getOffer().getId()};
            case SPONTANEOUS_RECEIVED, DAILY_DIGEST, PASSWORD_RESET, ACCOUNT_CREATED -> throw new IllegalArgumentException("not about an application: " + mail.getId());
        };
    }

    private static InternetAddress address(String address, String name) throws MessagingException {
        try {
            // the name is encoded by Jakarta Mail (RFC 2047): it cannot add a header or a recipient
            return name == null ? new InternetAddress(address, true)
                    : new InternetAddress(address, Mail.singleLine(name), "UTF-8");
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

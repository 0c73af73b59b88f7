package fr.stages.applications.control;

import fr.stages.applications.entity.Application;
import fr.stages.notifications.boundary.MailText;
import fr.stages.notifications.boundary.MailWriter;
import fr.stages.notifications.boundary.UnwritableMail;
import fr.stages.notifications.entity.Mail;
import fr.stages.notifications.entity.MailKind;
import fr.stages.platform.Dates;
import fr.stages.platform.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The words of the mails about an application, to its candidate (receipt, invitation, rejection, an agent's
 * message, a spontaneous application taken for an offer) and to the offer's author (a new one, a withdrawal), and
 * of the agents' daily reminder. Templates in {@link #BUNDLE}, French and English.
 */
@ApplicationScoped
public class ApplicationMails implements MailWriter {

    public static final String BUNDLE = "fr.stages.applications.mails";
    private static final Set<MailKind> KINDS = EnumSet.of(MailKind.APPLICATION_RECEIVED, MailKind.APPLICATION_NOTICE,
            MailKind.APPLICATION_WITHDRAWN, MailKind.INTERVIEW_INVITATION, MailKind.REJECTION, MailKind.CONTACT,
            MailKind.SPONTANEOUS_ATTACHED, MailKind.DAILY_DIGEST);

    @PersistenceContext
    EntityManager em;

    private final String baseUrl;

    public ApplicationMails() {
        this(null);
    }

    /** With the platform's public address given (tests); null: the configured one, read at each mail. */
    public ApplicationMails(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public Set<MailKind> kinds() {
        return KINDS;
    }

    @Override
    public MailText write(Mail mail) {
        if (mail.getKind() == MailKind.DAILY_DIGEST) {
            return digest(mail);
        }
        Application application = mail.getApplicationId() == null ? null
                : em.find(Application.class, mail.getApplicationId(), AS_COMMITTED);
        if (application == null) {
            throw new UnwritableMail("la candidature " + mail.getApplicationId() + " n'existe plus");
        }
        if (application.getSubmission() == null) {
            return write(mail, application, List.of(application));
        }
        TypedQuery<Application> together = em.createNamedQuery(Application.BY_SUBMISSION, Application.class)
                .setParameter("submission", application.getSubmission());
        AS_COMMITTED.forEach(together::setHint);
        return write(mail, application, together.getResultList());
    }

    /**
     * A mail about an application sent together with others (one form, several offers): the candidate's receipt
     * lists them all.
     */
    public MailText write(Mail mail, Application application, List<Application> together) {
        Locale locale = mail.locale();
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        if (mail.getKind() == MailKind.APPLICATION_RECEIVED && together.size() > 1) {
            return MailText.fromTemplate(texts, "APPLICATION_RECEIVED.many", locale,
                    many(application, together, texts, locale));
        }
        MailText text = MailText.fromTemplate(texts, mail.getKind().name(), locale,
                values(mail, application, texts, locale));
        return mail.getKind() == MailKind.INTERVIEW_INVITATION
                ? text.withEvent("invitation-" + application.getReference() + "-" + mail.getId() + "@stages")
                : text;
    }

    /** An agent's daily reminder: its subject and list were written at queue time (they describe that morning). */
    public MailText digest(Mail mail) {
        if (mail.getMessage() == null) {
            throw new UnwritableMail("le texte du rappel n'est plus dans le journal");
        }
        Locale locale = mail.locale();
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        String name = mail.getRecipientName() == null ? "" : " " + mail.getRecipientName();
        return MailText.of(mail.getSubject(), MailText.format(texts.getString("DAILY_DIGEST.body"), locale, name,
                mail.getMessage(), base() + "/backoffice/offers.xhtml"));
    }

    /** APPLICATION_RECEIVED.many: {0} how many, {1} first name, {2} one line per offer, {3} date. */
    private Object[] many(Application first, List<Application> together, ResourceBundle texts, Locale locale) {
        StringBuilder lines = new StringBuilder();
        for (Application application : together) {
            lines.append("- « ").append(application.getOffer().getTitle()).append(" » (")
                    .append(application.getOffer().getDirection().getName()).append(") : ")
                    .append(application.getReference()).append("\n  ")
                    .append(base()).append("/offers/offer.xhtml?id=").append(application.getOffer().getId())
                    .append('\n');
            lines.append("  ").append(MailText.format(texts.getString("APPLICATION_RECEIVED.many.withdraw"), locale,
                    withdrawal(application))).append('\n');
        }
        return new Object[] {together.size(), first.getCandidate().getFirstName(), lines.toString().strip(),
            Dates.longDate(first.getReceivedAt().toLocalDate(), locale)};
    }

    /** The link that lets the candidate withdraw one application (its key: see Intake.withdrawalKey). */
    private String withdrawal(Application application) {
        return base() + "/offers/withdraw.xhtml?candidature=" + application.getReference() + "&cle="
                + Intake.withdrawalKey(application.getReference());
    }

    /** The values of the kind's template, in the order its comment in the bundle gives. */
    private Object[] values(Mail mail, Application application, ResourceBundle texts, Locale locale) {
        String received = Dates.longDate(application.getReceivedAt().toLocalDate(), locale);
        String offerPage = base() + "/offers/offer.xhtml?id=" + application.getOffer().getId();
        return switch (mail.getKind()) {
            case APPLICATION_RECEIVED -> new Object[] {application.getReference(),
                application.getCandidate().getFirstName(), application.getOffer().getTitle(),
                application.getOffer().getDirection().getName(), received, offerPage, withdrawal(application)};
            case APPLICATION_NOTICE, APPLICATION_WITHDRAWN -> new Object[] {application.getReference(),
                application.getCandidate().getFullName(), application.getOffer().getTitle(),
                application.getOffer().getReference(), received,
                base() + "/backoffice/offer.xhtml?id=" + application.getOffer().getId()};
            case INTERVIEW_INVITATION -> new Object[] {application.getReference(),
                application.getCandidate().getFirstName(), application.getOffer().getTitle(),
                application.getOffer().getDirection().getName(),
                Dates.fullDateTime(mail.getEventStart(), locale),
                mail.getEventMinutes(), mail.getEventLocation(),
                mail.getMessage() == null ? "" : mail.getMessage() + "\n\n", mail.getReplyTo(),
                mail.getEventContact() == null ? "" : MailText.format(
                        texts.getString("INTERVIEW_INVITATION.contact"), locale, mail.getEventContact())};
            case REJECTION -> new Object[] {application.getReference(), application.getCandidate().getFirstName(),
                application.getOffer().getTitle(), application.getOffer().getDirection().getName(),
                mail.getMessage() == null ? texts.getString("REJECTION.standard") : mail.getMessage(),
                base() + "/"};
            case CONTACT -> new Object[] {application.getReference(), application.getCandidate().getFirstName(),
                application.getOffer().getTitle(), application.getOffer().getDirection().getName(),
                mail.getSubject(), mail.getMessage(), mail.getReplyTo()};
            case SPONTANEOUS_ATTACHED -> new Object[] {application.getReference(),
                application.getCandidate().getFirstName(), application.getOffer().getTitle(),
                application.getOffer().getDirection().getName(), application.getHistory().isEmpty() ? ""
                        : application.getHistory().get(0).getNote(), offerPage};
            default -> throw new IllegalArgumentException(mail.getKind() + " is not about an application");
        };
    }

    private String base() {
        return PublicUrl.forMessages(baseUrl);
    }
}

package fr.stages.spontaneous.control;

import fr.stages.directions.entity.Direction;
import fr.stages.notifications.boundary.MailText;
import fr.stages.notifications.boundary.MailWriter;
import fr.stages.notifications.boundary.UnwritableMail;
import fr.stages.notifications.entity.Mail;
import fr.stages.notifications.entity.MailKind;
import fr.stages.platform.Dates;
import fr.stages.platform.PublicUrl;
import fr.stages.spontaneous.entity.SpontaneousApplication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The receipt of a spontaneous application: its reference, the directions (or all of them), the job families
 * and period chosen, and how long the pool keeps it. Template in {@link #BUNDLE}, French and English.
 */
@ApplicationScoped
public class SpontaneousMails implements MailWriter {

    public static final String BUNDLE = "fr.stages.spontaneous.mails";

    @PersistenceContext
    EntityManager em;

    private final String baseUrl;

    public SpontaneousMails() {
        this(null);
    }

    /** With the platform's public address given (tests); null: the configured one, read at each mail. */
    public SpontaneousMails(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public Set<MailKind> kinds() {
        return Set.of(MailKind.SPONTANEOUS_RECEIVED);
    }

    @Override
    public MailText write(Mail mail) {
        SpontaneousApplication application = mail.getSpontaneousId() == null ? null
                : em.find(SpontaneousApplication.class, mail.getSpontaneousId(), AS_COMMITTED);
        if (application == null) {
            throw new UnwritableMail("la candidature spontanée " + mail.getSpontaneousId() + " n'existe plus");
        }
        return write(mail, application);
    }

    public MailText write(Mail mail, SpontaneousApplication application) {
        Locale locale = mail.locale();
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        String directions = application.getDirections().isEmpty() ? texts.getString("SPONTANEOUS_RECEIVED.any")
                : application.getSortedDirections().stream().map(Direction::getName).collect(Collectors.joining(", "));
        String families = application.sortedJobFamilies(locale).stream().map(f -> f.nameIn(locale))
                .collect(Collectors.joining(", "));
        String period = application.getWishedStart() == null || application.getWishedEnd() == null ? "-"
                : MailText.format(texts.getString("SPONTANEOUS_RECEIVED.period"), locale,
                        Dates.longDate(application.getWishedStart(), locale),
                        Dates.longDate(application.getWishedEnd(), locale));
        return MailText.fromTemplate(texts, "SPONTANEOUS_RECEIVED", locale, application.getReference(),
                application.getCandidate().getFirstName(),
                Dates.longDate(application.getReceivedAt().toLocalDate(), locale), directions, families, period,
                SpontaneousApplication.RETENTION_MONTHS, PublicUrl.forMessages(baseUrl) + "/");
    }
}

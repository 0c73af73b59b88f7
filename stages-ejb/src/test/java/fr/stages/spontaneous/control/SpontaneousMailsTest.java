package fr.stages.spontaneous.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.applications.entity.Candidate;
import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.JobFamily;
import fr.stages.notifications.control.MailRenderer;
import fr.stages.notifications.entity.Mail;
import fr.stages.offers.entity.EducationLevel;
import fr.stages.platform.EmailAddress;
import fr.stages.spontaneous.entity.SpontaneousApplication;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.LocalDate;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The receipt of a spontaneous application as it leaves: written by SpontaneousMails, made a message by the road. */
class SpontaneousMailsTest {

    private static final EmailAddress INES = EmailAddress.of("ines@etudiant.example");
    private final Session session = Session.getInstance(properties());
    private final MailRenderer renderer = new MailRenderer("https://stages.paris.example/");
    private final SpontaneousMails writer = new SpontaneousMails("https://stages.paris.example/");

    private static Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("mail.from", "stages@paris.example");
        return properties;
    }

    private MimeMessage render(Mail mail, SpontaneousApplication application) throws Exception {
        return renderer.render(mail, writer.write(mail, application), session);
    }

    @Test
    void aSpontaneousReceiptSaysWhereItGoesWhenAndForHowLong() throws Exception {
        Candidate candidate = new Candidate("Inès", "Diallo", "ines@etudiant.example", null, "Université Paris Cité",
                "Licence 3", EducationLevel.BAC_3, "fr");
        SpontaneousApplication anywhere = new SpontaneousApplication(candidate, Set.of(),
                Set.of(new JobFamily("Communication"), new JobFamily("Espaces verts, paysage et cimetières")),
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30), null, null);
        Mail mail = Mail.aboutSpontaneous(INES, "Inès Diallo", "fr", 7);

        MimeMessage message = renderer.render(mail, writer.write(mail, anywhere), session);

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
        String english = (String) ((MimeMultipart) render(
                Mail.aboutSpontaneous(INES, null, "en", 8), chosen).getContent())
                .getBodyPart(0).getContent();
        assertTrue(english.contains("Directions: Direction des affaires culturelles"), english);
        assertTrue(english.contains("Wished period: from March 1, 2027 to June 30, 2027"), english);
        // in English where the reference data says it, in English order; French when it does not
        assertTrue(english.contains("Job families: Communication, Green spaces, landscape and cemeteries, "
                + "Restauration collective\n"), english);
    }
}

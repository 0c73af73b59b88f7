package fr.stages.applications.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.notifications.entity.Mail;
import fr.stages.notifications.entity.MailKind;
import fr.stages.offers.entity.OfferStatus;
import fr.stages.platform.CityTime;
import fr.stages.testing.Deployments;
import fr.stages.testing.Fixtures;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The agents' daily reminder in the real server: only the applications waiting longer than the direction's
 * delay, only to the agents who manage them, and once a day however many times the timer fires.
 */
@ExtendWith(ArquillianExtension.class)
class RemindersIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.business();
    }

    @EJB
    Reminders reminders;

    @EJB
    Fixtures fixtures;

    @Test
    void eachAgentIsRemindedOnceADayOfTheirLateApplicationsOnly() {
        long direction = fixtures.direction().getId();
        String correspondent = fixtures.correspondent(direction);
        long offer = fixtures.offer(direction, OfferStatus.PUBLISHED, CityTime.today().plusDays(20));
        long late = fixtures.application(offer, "late-" + System.nanoTime() + "@etudiant.example", "fr");
        fixtures.backdateApplication(late, CityTime.now().minusDays(20));
        long recent = fixtures.application(offer, "recent-" + System.nanoTime() + "@etudiant.example", "fr");
        fixtures.backdateApplication(recent, CityTime.now().minusDays(3));
        long answered = fixtures.application(offer, "answered-" + System.nanoTime() + "@etudiant.example", "fr");
        fixtures.backdateApplication(answered, CityTime.now().minusDays(30));
        fixtures.reject(answered);
        // a day of its own: a PostgreSQL database kept between runs has the earlier runs' days
        LocalDate day = LocalDate.of(2200, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(100_000));

        assertTrue(reminders.remind(day) >= 1);

        List<Mail> mails = fixtures.mailsTo(correspondent);
        assertEquals(1, mails.size());
        Mail digest = mails.get(0);
        assertEquals(MailKind.DAILY_DIGEST, digest.getKind());
        assertEquals("1 candidature attend une réponse depuis trop longtemps", digest.getSubject());
        assertTrue(digest.getMessage().contains("1 candidature, la plus ancienne reçue le"), digest.getMessage());
        assertTrue(digest.getMessage().contains("/backoffice/offer.xhtml?id=" + offer), digest.getMessage());

        assertEquals(-1, reminders.remind(day), "the day is done: another timer (or instance) sends nothing");
        assertEquals(1, fixtures.mailsTo(correspondent).size());
    }
}

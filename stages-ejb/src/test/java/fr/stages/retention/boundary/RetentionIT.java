package fr.stages.retention.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.applications.boundary.Applications;
import fr.stages.applications.entity.Application;
import fr.stages.applications.entity.ApplicationForm;
import fr.stages.applications.entity.Convention;
import fr.stages.applications.entity.Document;
import fr.stages.applications.entity.Upload;
import fr.stages.offers.entity.EducationLevel;
import fr.stages.offers.entity.OfferStatus;
import fr.stages.platform.CityTime;
import fr.stages.spontaneous.boundary.SpontaneousApplications;
import fr.stages.spontaneous.entity.SpontaneousApplication;
import fr.stages.testing.Deployments;
import fr.stages.testing.Fixtures;
import fr.stages.testing.Pdfs;
import jakarta.ejb.EJB;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the privacy notice promises is what the nightly erasure does: applications 12 months after they
 * arrived (24 with the talent-pool consent), spontaneous ones 12 months after, each with its files (unless a
 * sibling application still uses them) and its mail log rows; nothing younger is touched.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.business();
    }

    @EJB
    Retention retention;

    @EJB
    Applications applications;

    @EJB
    SpontaneousApplications spontaneous;

    @EJB
    Fixtures fixtures;

    @Test
    void expiredApplicationsAndPoolEntriesAreErasedWithTheirFilesAndMails() {
        long direction = fixtures.direction().getId();
        long[] offers = {fixtures.offer(direction, OfferStatus.PUBLISHED, CityTime.today().plusDays(20)),
            fixtures.offer(direction, OfferStatus.PUBLISHED, CityTime.today().plusDays(20))};
        LocalDateTime thirteenMonthsAgo = CityTime.now().minusMonths(13);

        // one sending to two offers: one application expires, its sibling (recent) keeps the shared CV
        String shared = key();
        applications.apply(shared, form(email(), false), List.of(offers[0], offers[1]), cv(), null, null);
        List<Object[]> siblings = fixtures.applicationsOf(shared);
        long expired = id(siblings.get(0)[0]);
        long kept = id(siblings.get(1)[0]);
        long sharedCv = (Long) siblings.get(0)[2];
        fixtures.backdateApplication(expired, thirteenMonthsAgo);
        // 11 months old: within the 12 (a limit anywhere from 0 to 13 months would pass without it)
        fixtures.backdateApplication(kept, CityTime.now().minusMonths(11));

        // alone and old: erased with its own CV and its mails
        String alone = key();
        applications.apply(alone, form(email(), false), List.of(offers[0]), cv(), null, null);
        Object[] aloneRow = fixtures.applicationsOf(alone).get(0);
        long aloneId = id(aloneRow[0]);
        long aloneCv = (Long) aloneRow[2];
        fixtures.backdateApplication(aloneId, thirteenMonthsAgo);
        assertTrue(fixtures.mailsAboutApplication(aloneId) > 0);

        // old but in the talent pool: kept until 24 months
        String pool = key();
        applications.apply(pool, form(email(), true), List.of(offers[1]), cv(), null, null);
        long pooled = id(fixtures.applicationsOf(pool).get(0)[0]);
        fixtures.backdateApplication(pooled, thirteenMonthsAgo);

        long family = fixtures.jobFamily();
        SpontaneousApplication old = spontaneous.send(key(), form(email(), false), List.of(direction),
                List.of(family), cv(), null, null);
        long oldCv = spontaneous.sent(old.getSubmission()).getCv().getId();
        fixtures.backdateSpontaneous(old.getId(), thirteenMonthsAgo);
        SpontaneousApplication young = spontaneous.send(key(), form(email(), false), List.of(), List.of(family),
                cv(), null, null);
        fixtures.backdateSpontaneous(young.getId(), CityTime.now().minusMonths(11));

        Retention.Erased erased = retention.eraseExpired();

        assertTrue(erased.applications() >= 2 && erased.spontaneous() >= 1, erased.toString());
        assertFalse(fixtures.exists(Application.class, expired));
        assertFalse(fixtures.exists(Application.class, aloneId));
        assertEquals(0, fixtures.mailsAboutApplication(aloneId), "mail log rows name the candidate: erased too");
        assertFalse(fixtures.exists(Document.class, aloneCv), "its CV is erased");
        assertTrue(fixtures.exists(Application.class, kept));
        assertTrue(fixtures.exists(Document.class, sharedCv), "a CV still used by a sibling stays");
        assertTrue(fixtures.exists(Application.class, pooled), "talent pool: 24 months");
        assertFalse(fixtures.exists(SpontaneousApplication.class, old.getId()));
        assertFalse(fixtures.exists(Document.class, oldCv));
        assertEquals(0, fixtures.mailsAboutSpontaneous(old.getId()));
        assertTrue(fixtures.exists(SpontaneousApplication.class, young.getId()));

        fixtures.backdateApplication(pooled, CityTime.now().minusMonths(23));
        retention.eraseExpired();
        assertTrue(fixtures.exists(Application.class, pooled), "talent pool: still there at 23 months");
        fixtures.backdateApplication(pooled, CityTime.now().minusMonths(25));
        retention.eraseExpired();
        assertFalse(fixtures.exists(Application.class, pooled), "talent pool entries go after 24 months");
    }

    private long id(Object reference) {
        return fixtures.applicationId((String) reference);
    }

    private static ApplicationForm form(String email, boolean talentPool) {
        ApplicationForm form = new ApplicationForm();
        form.setFirstName("Noé");
        form.setLastName("Garnier");
        form.setEmail(email);
        form.setSchool("Université Paris Cité");
        form.setCourse("Master 2 droit public");
        form.setEducationLevel(EducationLevel.BAC_5);
        form.setConvention(Convention.YES);
        form.setWishedStart(CityTime.today().plusMonths(1));
        form.setWishedEnd(CityTime.today().plusMonths(3));
        form.setTalentPool(talentPool);
        return form;
    }

    private static Upload cv() {
        return new Upload("cv.pdf", Pdfs.cv("Noe Garnier"));
    }

    private static String email() {
        return "noe." + UUID.randomUUID().toString().substring(0, 8) + "@etudiant.example";
    }

    private static String key() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}

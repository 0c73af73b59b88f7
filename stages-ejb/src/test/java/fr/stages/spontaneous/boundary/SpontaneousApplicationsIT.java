package fr.stages.spontaneous.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.applications.entity.ApplicationForm;
import fr.stages.applications.entity.Convention;
import fr.stages.applications.entity.Document;
import fr.stages.applications.entity.Upload;
import fr.stages.notifications.entity.Mail;
import fr.stages.notifications.entity.MailKind;
import fr.stages.offers.entity.EducationLevel;
import fr.stages.applications.boundary.Applications;
import fr.stages.platform.BusinessException;
import fr.stages.platform.CityTime;
import fr.stages.platform.InvalidInputException;
import fr.stages.spontaneous.entity.SpontaneousApplication;
import fr.stages.testing.Deployments;
import fr.stages.testing.Fixtures;
import fr.stages.testing.Pdfs;
import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Spontaneous applications in the real server: entry, files and receipt are written together or not at all;
 * a sending is never doubled; wrong choices, hostile files, a second entry within 30 days and floods are
 * refused with their reason, leaving nothing behind.
 */
@ExtendWith(ArquillianExtension.class)
class SpontaneousApplicationsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.business().addClass(FakeClamd.class);
    }

    @EJB
    SpontaneousApplications spontaneous;

    @EJB
    Fixtures fixtures;

    @Test
    void aSendingStoresTheEntryItsFilesAndItsReceiptTogether() {
        long family = fixtures.jobFamily();
        long direction = fixtures.direction().getId();
        String email = email();
        String key = key();
        long documents = fixtures.count(Document.class);

        SpontaneousApplication sent = spontaneous.send(key, form(email), List.of(direction), List.of(family), cv(),
                new Upload("lettre.pdf", Pdfs.cv("Madame, Monsieur")), "203.0.113.20");

        assertTrue(sent.getReference().matches("S-[0-9A-Z]{8}"), sent.getReference());
        assertEquals(documents + 2, fixtures.count(Document.class), "CV and letter stored");
        assertEquals(List.of(MailKind.SPONTANEOUS_RECEIVED), fixtures.mailsTo(email).stream().map(Mail::getKind)
                .toList(), "one receipt, to the candidate");
        assertEquals(1, fixtures.mailsAboutSpontaneous(sent.getId()));
        SpontaneousApplication read = spontaneous.sent(key);
        assertEquals(sent.getReference(), read.getReference(), "the confirmation page reads it by its key");
        assertEquals(1, read.getSortedDirections().size());
        assertEquals(1, read.getSortedJobFamilies().size());
        assertEquals(CityTime.today().plusMonths(1), read.getWishedStart());
    }

    @Test
    void theSameSendingTwiceCreatesNothingMore() {
        long family = fixtures.jobFamily();
        String email = email();
        String key = key();
        long entries = fixtures.count(SpontaneousApplication.class);

        SpontaneousApplication first = spontaneous.send(key, form(email), List.of(), List.of(family), cv(), null, null);
        SpontaneousApplication again = spontaneous.send(key, form(email), List.of(), List.of(family), cv(), null, null);

        assertEquals(first.getReference(), again.getReference());
        assertEquals(entries + 1, fixtures.count(SpontaneousApplication.class));
        assertEquals(1, fixtures.mailsTo(email).size());
    }

    @Test
    void everyWrongChoiceIsNamedAndNothingIsStored() {
        long entries = fixtures.count(SpontaneousApplication.class);
        long documents = fixtures.count(Document.class);
        ApplicationForm form = form(email());
        form.setWishedStart(null);
        form.setWishedEnd(null);

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> spontaneous.send(key(), form, List.of(-1L), List.of(), cv(), null, null));
        assertEquals(List.of("wishedStart:spontaneous.wishedStart.required",
                "wishedEnd:spontaneous.wishedEnd.required", "jobFamilies:spontaneous.jobFamilies.required",
                "directions:spontaneous.directions.unknown"), keys(refused));

        List<Long> six = List.of(fixtures.jobFamily(), fixtures.jobFamily(), fixtures.jobFamily(),
                fixtures.jobFamily(), fixtures.jobFamily(), fixtures.jobFamily());
        InvalidInputException tooMany = assertThrows(InvalidInputException.class,
                () -> spontaneous.send(key(), form(email()), List.of(), six, cv(), null, null));
        assertEquals(List.of("jobFamilies:spontaneous.jobFamilies.tooMany"), keys(tooMany));

        InvalidInputException hostile = assertThrows(InvalidInputException.class,
                () -> spontaneous.send(key(), form(email()), List.of(), List.of(six.get(0)),
                        new Upload("cv.pdf", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)),
                        new Upload("lettre.pdf", Pdfs.withJavaScript()), null));
        assertEquals(List.of("cv:document.notPdf", "letter:document.activeContent"), keys(hostile));

        assertEquals(entries, fixtures.count(SpontaneousApplication.class));
        assertEquals(documents, fixtures.count(Document.class), "no orphan file");
    }

    @Test
    void aSecondEntryWithinThirtyDaysIsRefusedWithTheFirstOnesReference() {
        long family = fixtures.jobFamily();
        String email = email();
        SpontaneousApplication first = spontaneous.send(key(), form(email), List.of(), List.of(family), cv(), null,
                null);
        long documents = fixtures.count(Document.class);

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> spontaneous.send(key(),
                form(email.toUpperCase()), List.of(), List.of(family), cv(), null, null));

        assertEquals(List.of("email:spontaneous.duplicate"), keys(refused));
        assertEquals(first.getReference(), refused.errors().get(0).arguments()[1]);
        assertEquals(CityTime.today().plusDays(SpontaneousApplications.DAYS_BETWEEN),
                refused.errors().get(0).arguments()[2], "says from when a new one is possible");
        assertEquals(documents, fixtures.count(Document.class));
        assertEquals(1, fixtures.mailsTo(email).size());
    }

    @Test
    void moreThanTheNetworkLimitAnHourFromOneNetworkAddressAreRefused() {
        long family = fixtures.jobFamily();
        String client = "198.51.100." + (int) (Math.random() * 200);
        for (int i = 0; i < Applications.maxPerHourFromNetwork(); i++) {
            spontaneous.send(key(), form(email()), List.of(), List.of(family), cv(), null, client);
        }
        String last = email();
        BusinessException refused = assertThrows(BusinessException.class,
                () -> spontaneous.send(key(), form(last), List.of(), List.of(family), cv(), null, client));
        assertEquals("application.tooManyFromNetwork", refused.key());
        assertEquals(List.of(), fixtures.mailsTo(last));
    }

    @Test
    void theVirusScanKeepsOnlyWhatClamdCallsCleanAndFailsClosed() throws Exception {
        long family = fixtures.jobFamily();
        try (FakeClamd clamd = new FakeClamd()) {
            System.setProperty("stages.clamd", "127.0.0.1:" + clamd.port());
            System.setProperty("stages.clamd.timeout-ms", "2000");

            clamd.answer("stream: OK");
            String clean = email();
            spontaneous.send(key(), form(clean), List.of(), List.of(family), cv(), null, null);
            assertEquals(1, fixtures.mailsTo(clean).size(), "a clean file is kept");
            assertTrue(clamd.scanned() >= 1, "the file went through clamd");
            assertTrue(clamd.lastStreamStartsWithPdf(), "clamd received the file's bytes");

            clamd.answer("stream: Eicar-Test-Signature FOUND");
            InvalidInputException infected = assertThrows(InvalidInputException.class, () -> spontaneous.send(key(),
                    form(email()), List.of(), List.of(family), cv(), null, null));
            assertEquals(List.of("cv:document.infected"), keys(infected));

            clamd.answer("INSTREAM size limit exceeded. ERROR");
            InvalidInputException erring = assertThrows(InvalidInputException.class, () -> spontaneous.send(key(),
                    form(email()), List.of(), List.of(family), cv(), null, null));
            assertEquals(List.of("cv:document.scanUnavailable"), keys(erring));

            clamd.close();
            long documents = fixtures.count(Document.class);
            InvalidInputException down = assertThrows(InvalidInputException.class, () -> spontaneous.send(key(),
                    form(email()), List.of(), List.of(family), cv(), null, null));
            assertEquals(List.of("cv:document.scanUnavailable"), keys(down), "clamd unreachable: refused");
            assertEquals(documents, fixtures.count(Document.class));
        } finally {
            System.clearProperty("stages.clamd");
            System.clearProperty("stages.clamd.timeout-ms");
        }
        String off = email();
        spontaneous.send(key(), form(off), List.of(), List.of(family), cv(), null, null);
        assertEquals(1, fixtures.mailsTo(off).size(), "scan off: no clamd needed");
    }

    private static List<String> keys(InvalidInputException refused) {
        return refused.errors().stream().map(e -> e.field() + ":" + e.key()).toList();
    }

    static ApplicationForm form(String email) {
        ApplicationForm form = new ApplicationForm();
        form.setFirstName("Inès");
        form.setLastName("Diallo");
        form.setEmail(email);
        form.setSchool("Université Paris Cité");
        form.setCourse("Licence 3 géographie");
        form.setEducationLevel(EducationLevel.BAC_3);
        form.setConvention(Convention.YES);
        form.setWishedStart(CityTime.today().plusMonths(1));
        form.setWishedEnd(CityTime.today().plusMonths(4));
        form.setMessage("Je souhaite découvrir l'action de la Ville.");
        return form;
    }

    static Upload cv() {
        return new Upload("CV Inès Diallo.pdf", Pdfs.cv("Ines Diallo"));
    }

    static String email() {
        return "ines." + UUID.randomUUID().toString().substring(0, 8) + "@etudiant.example";
    }

    static String key() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}

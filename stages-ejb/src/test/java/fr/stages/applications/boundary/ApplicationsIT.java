package fr.stages.applications.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.applications.entity.Application;
import fr.stages.applications.entity.ApplicationForm;
import fr.stages.applications.entity.Convention;
import fr.stages.applications.entity.Document;
import fr.stages.applications.entity.Submission;
import fr.stages.applications.entity.Upload;
import fr.stages.notifications.entity.Mail;
import fr.stages.notifications.entity.MailKind;
import fr.stages.offers.entity.EducationLevel;
import fr.stages.offers.entity.OfferStatus;
import fr.stages.platform.BusinessException;
import fr.stages.platform.CityTime;
import fr.stages.platform.FieldError;
import fr.stages.platform.InvalidInputException;
import fr.stages.testing.Deployments;
import fr.stages.testing.Fixtures;
import fr.stages.testing.Pdfs;
import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Applying in the real server: files, applications and mails are written together or not at all; a sending is
 * never doubled; hostile files, duplicates and floods are refused with the reason, leaving nothing behind.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.business();
    }

    @EJB
    Applications applications;

    @EJB
    Fixtures fixtures;

    @Test
    void oneFormToTwoOffersCreatesTwoApplicationsSharingOneCvWithTheirMails() {
        long[] offers = offers(2);
        String email = email();
        String key = key();

        Submission sent = applications.apply(key, form(email), List.of(offers[0], offers[1]), cv(),
                new Upload("lettre.pdf", Pdfs.cv("Madame, Monsieur")), "203.0.113.7");

        assertEquals(2, sent.applications().size());
        List<Object[]> stored = fixtures.applicationsOf(key);
        assertEquals(2, stored.size());
        assertEquals(stored.get(0)[2], stored.get(1)[2], "one CV for both");
        assertEquals(stored.get(0)[3], stored.get(1)[3], "one letter for both");
        assertEquals(List.of(MailKind.APPLICATION_RECEIVED),
                fixtures.mailsTo(email).stream().map(Mail::getKind).toList(), "one receipt for the sending");
        for (long offer : offers) {
            assertEquals(List.of(MailKind.APPLICATION_NOTICE), fixtures.mailsTo(fixtures.contactOf(offer)).stream()
                    .map(Mail::getKind).toList(), "each offer's author is told");
        }
    }

    @Test
    void theSameSendingTwiceCreatesNothingMore() {
        long[] offers = offers(1);
        String email = email();
        String key = key();
        Submission first = applications.apply(key, form(email), List.of(offers[0]), cv(), null, "203.0.113.8");
        Submission again = applications.apply(key, form(email), List.of(offers[0]), cv(), null, "203.0.113.8");

        assertEquals(first.applications(), again.applications());
        assertEquals(1, fixtures.applicationsOf(key).size());
        assertEquals(1, fixtures.mailsTo(email).size());
        assertEquals(first.applications(), applications.submission(key).applications(), "the confirmation page");
    }

    @Test
    void applyingTwiceToAnOfferIsRefusedByNameAndStoresNothing() {
        long[] offers = offers(2);
        String email = email();
        applications.apply(key(), form(email), List.of(offers[0]), cv(), null, null);
        long documents = fixtures.count(Document.class);

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> applications.apply(key(),
                form(email.toUpperCase()), List.of(offers[1], offers[0]), cv(), null, null));

        assertEquals(1, refused.errors().size());
        assertEquals("offers", refused.errors().get(0).field());
        assertEquals("application.duplicate", refused.errors().get(0).key());
        assertEquals(documents, fixtures.count(Document.class), "no orphan file");
        assertEquals(1, fixtures.mailsTo(email).size(), "no second receipt");
    }

    @Test
    void hostileOrBrokenFilesAreRefusedWithTheirReasonAndNothingIsStored() {
        long[] offers = offers(1);
        long applicationsBefore = fixtures.count(Application.class);
        long documentsBefore = fixtures.count(Document.class);
        byte[] tooBig = new byte[6 * 1024 * 1024];
        System.arraycopy(Pdfs.cv("gros"), 0, tooBig, 0, 100);
        Object[][] cases = {
            {"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "document.notPdf"},
            {new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}, "document.notPdf"},
            {Pdfs.withJavaScript(), "document.activeContent"},
            {Pdfs.encrypted(), "document.encrypted"},
            {tooBig, "document.tooLarge"},
            {new byte[0], "document.empty"},
        };
        for (Object[] hostile : cases) {
            String email = email();
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> applications.apply(
                    key(), form(email), List.of(offers[0]), new Upload("cv.pdf", (byte[]) hostile[0]), null, null));
            assertEquals(List.of("cv:" + hostile[1]), refused.errors().stream()
                    .map(e -> e.field() + ":" + e.key()).toList());
            assertEquals(List.of(), fixtures.mailsTo(email));
        }
        assertEquals(applicationsBefore, fixtures.count(Application.class));
        assertEquals(documentsBefore, fixtures.count(Document.class));
    }

    @Test
    void everyWrongFieldIsNamedAtOnceAndAClosedOfferToo() {
        long direction = fixtures.direction().getId();
        long closed = fixtures.offer(direction, OfferStatus.FILLED, CityTime.today().plusDays(10));
        ApplicationForm form = new ApplicationForm();
        form.setEmail("pas-une-adresse");
        form.setPhone("appelez-moi");

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> applications.apply(key(), form, List.of(closed), null, null, null));

        List<String> fields = refused.errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("firstName", "lastName", "email", "phone", "school", "course", "educationLevel",
                "convention", "cv", "offers"), fields);
        assertEquals("application.offers.closed", refused.errors().get(refused.errors().size() - 1).key());
    }

    /**
     * One e-mail address sends at most 20 applications an hour; one network address, whatever the e-mail
     * addresses, at most the configured number (30 on the test domain, 200 by default): the students of a campus
     * behind one address keep applying after the first one's twentieth, a flood from one address stops.
     */
    @Test
    void oneEmailAddressSendsTwentyAnHourOneNetworkAddressMoreButNotWithoutLimit() {
        String email = email();
        String client = "198.51.100." + (int) (Math.random() * 200);
        for (int sending = 0; sending < 2; sending++) {
            applications.apply(key(), form(email), ids(offers(10)), cv(), null, client);
        }
        long[] more = offers(1);
        BusinessException byEmail = assertThrows(BusinessException.class,
                () -> applications.apply(key(), form(email), List.of(more[0]), cv(), null, null));
        assertEquals("application.tooMany", byEmail.key());
        assertEquals(Applications.MAX_PER_HOUR, byEmail.arguments()[0]);
        assertTrue(fixtures.mailsTo(email).size() == 2, "one receipt per accepted sending");

        int network = Applications.maxPerHourFromNetwork();
        assertTrue(network > Applications.MAX_PER_HOUR, "a network address sends more than one person: " + network);
        String classmate = email();
        applications.apply(key(), form(classmate), List.of(more[0]), cv(), null, client);
        int sent = Applications.MAX_PER_HOUR + 1;
        while (sent < network) {
            int batch = Math.min(10, network - sent);
            applications.apply(key(), form(email()), ids(offers(batch)), cv(), null, client);
            sent += batch;
        }
        String oneTooMany = email();
        BusinessException byClient = assertThrows(BusinessException.class,
                () -> applications.apply(key(), form(oneTooMany), List.of(more[0]), cv(), null, client));
        assertEquals("application.tooManyFromNetwork", byClient.key());
        assertEquals(List.of(), fixtures.mailsTo(oneTooMany));
        applications.apply(key(), form(oneTooMany), List.of(more[0]), cv(), null, "198.51.100.250");
    }

    private static List<Long> ids(long[] offers) {
        List<Long> ids = new ArrayList<>();
        for (long offer : offers) {
            ids.add(offer);
        }
        return ids;
    }

    @Test
    void twoSendingsRacingForTheSameOfferLeaveOneApplicationOneFileAndOneReceipt() throws Exception {
        long[] offers = offers(1);
        String email = email();
        long documents = fixtures.count(Document.class);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService twins = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<Submission>> sendings = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            sendings.add(twins.submit(() -> {
                start.await();
                // two keys: two tabs of the same candidate, not a double click
                return applications.apply(key(), form(email), List.of(offers[0]), cv(), null, null);
            }));
        }
        start.countDown();
        int accepted = 0;
        for (java.util.concurrent.Future<Submission> sending : sendings) {
            try {
                sending.get(60, java.util.concurrent.TimeUnit.SECONDS);
                accepted++;
            } catch (java.util.concurrent.ExecutionException refused) {
                // the duplicate check or, in a true race, the unique index refused it (nothing of it remains):
                // any other failure is not the race's answer and fails the test
                assertTrue(isDuplicateRefusal(refused), () -> "refused for another reason: " + refused.getCause());
            }
        }
        twins.shutdown();

        assertEquals(1, accepted);
        assertEquals(documents + 1, fixtures.count(Document.class), "no orphan CV from the refused sending");
        assertEquals(1, fixtures.mailsTo(email).size(), "one receipt");
        assertEquals(1, fixtures.mailsTo(fixtures.contactOf(offers[0])).size(), "one notice");
    }

    /** The business' duplicate check, or the database's unique index (SQL state class 23) under it. */
    private static boolean isDuplicateRefusal(Throwable refused) {
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            if (cause instanceof fr.stages.platform.BusinessException business
                    && business.key().equals("application.duplicate")) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private long[] offers(int count) {
        long direction = fixtures.direction().getId();
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            ids[i] = fixtures.offer(direction, OfferStatus.PUBLISHED, CityTime.today().plusDays(20));
        }
        return ids;
    }

    private static ApplicationForm form(String email) {
        ApplicationForm form = new ApplicationForm();
        form.setFirstName("Léa");
        form.setLastName("Martin");
        form.setEmail(email);
        form.setPhone("06 12 34 56 78");
        form.setSchool("Sorbonne Université");
        form.setCourse("Master 1 urbanisme");
        form.setEducationLevel(EducationLevel.BAC_4);
        form.setConvention(Convention.YES);
        form.setMessage("Votre offre m'intéresse beaucoup.");
        return form;
    }

    private static Upload cv() {
        return new Upload("CV Léa Martin.pdf", Pdfs.cv("Lea Martin"));
    }

    private static String email() {
        return "lea." + UUID.randomUUID().toString().substring(0, 8) + "@etudiant.example";
    }

    private static String key() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}

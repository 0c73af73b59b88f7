package fr.stages.web.backoffice;

import static fr.stages.web.Browsers.accessible;
import static fr.stages.web.Browsers.assertNoHorizontalScroll;
import static fr.stages.web.Browsers.awaitMail;
import static fr.stages.web.Browsers.french;
import static fr.stages.web.Browsers.logIn;
import static fr.stages.web.Browsers.received;
import static fr.stages.web.Browsers.subject;
import static fr.stages.web.Browsers.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fr.stages.web.Ear;
import fr.stages.web.TestDatabase;
import fr.stages.web.WebClient;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A service's agent processes an offer's applications in the browser: the list flags the late one and filters;
 * opening one marks it read; shortlist, invite (the mail carries a calendar file), note; then three rejected at
 * once, each candidate receiving the text of their language. Every page scanned by axe-core. Agents of another
 * service of the same direction, or of another direction, reach none of it (404).
 */
@ExtendWith(ArquillianExtension.class)
class RecruitmentIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Ear.built();
    }

    private static final String MARK = TestDatabase.unique();
    private static final String TITLE = "Stage de recrutement " + MARK;
    private static final String AGENT = TestDatabase.unique().toLowerCase() + "@service-a.example";
    private static final String NEIGHBOUR = TestDatabase.unique().toLowerCase() + "@service-b.example";
    private static final String STRANGER = TestDatabase.unique().toLowerCase() + "@ailleurs.example";
    private static final String CORRESPONDENT = TestDatabase.unique().toLowerCase() + "@correspondant.example";
    private static final String[] NAMES = {"Inès", "Basile", "Chloé", "Dorian", "Emma"};

    private static final String SPONTANEOUS = TestDatabase.unique().toLowerCase() + "@spontanes.example";

    private static GreenMail smtp;
    private static long offer;
    private static long spontaneous;
    private static long poolOffer;
    private static long draftOffer;
    private static final String POOL_TITLE = "Stage ouvert au vivier " + MARK;
    private static final long[] applications = new long[NAMES.length];
    private static final String[] emails = new String[NAMES.length];

    @BeforeAll
    static void anOfferWithApplications() throws Exception {
        try (TestDatabase db = TestDatabase.open()) {
            long direction = db.direction(TestDatabase.unique(), "Direction des recrutements " + MARK);
            long serviceA = db.service(direction, "Service A " + MARK);
            long serviceB = db.service(direction, "Service B " + MARK);
            db.agentOfService(AGENT, direction, serviceA);
            db.agentOfService(NEIGHBOUR, direction, serviceB);
            db.agent(CORRESPONDENT, "correspondent", direction);
            db.agent(STRANGER, "agent", db.direction(TestDatabase.unique(), "Direction voisine " + MARK));
            offer = db.offer(direction, "PUBLISHED", TITLE, LocalDate.now().plusDays(20));
            db.serve(offer, serviceA);
            poolOffer = db.offer(direction, "PUBLISHED", POOL_TITLE, LocalDate.now().plusDays(20));
            draftOffer = db.offer(direction, "DRAFT", "Brouillon du vivier " + MARK, LocalDate.now().plusDays(20));
            spontaneous = db.spontaneous(direction, db.jobFamily("Famille " + MARK), "Gaspard", SPONTANEOUS);
            for (int i = 0; i < NAMES.length; i++) {
                emails[i] = TestDatabase.unique().toLowerCase() + "@candidats.example";
                // Basile writes in English; Emma has waited 20 days, more than the direction's 15
                applications[i] = db.application(offer, NAMES[i], emails[i], i == 1 ? "en" : "fr", i == 4 ? 20 : i);
            }
            db.educationLevel(applications[3], "BAC_2"); // Dorian: the level filter's one

        }
        smtp = fr.stages.web.Browsers.mailCatcher();
    }

    @AfterAll
    static void close() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void anAgentReadsInvitesNotesAndRejectsThreeAtOnce() throws Exception {
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + "/backoffice/offer.xhtml?id=" + offer);
            logIn(page, AGENT);
            assertEquals(WebClient.BASE + "/backoffice/offer.xhtml?id=" + offer, page.url(), "back where the agent was");
            assertEquals(TITLE, page.locator("h1").textContent());
            Locator rows = page.locator("table.applications tbody tr");
            assertEquals(5, rows.count());
            assertEquals(1, page.getByText("Sans réponse depuis plus de 15 jours").count(), "Emma's is late");
            accessible(page, "recruitment-offer");

            // the filters narrow the list, and widen it back
            page.getByLabel("Mots (nom, adresse, école, formation, référence)").fill("chloé");
            submit(page, page.locator("#applications\\:filter"));
            assertEquals(1, rows.count());
            assertTrue(rows.first().textContent().contains("Chloé"));
            assertEquals("1 candidature affichée sur 5", page.locator("#applications-title").textContent().strip(),
                    "the heading counts what the filter shows");
            page.getByLabel("Mots (nom, adresse, école, formation, référence)").fill("");
            page.getByLabel("État", new Page.GetByLabelOptions().setExact(true)).selectOption("EN_ATTENTE");
            submit(page, page.locator("#applications\\:filter"));
            assertEquals(5, rows.count());
            assertEquals("5 candidatures affichées sur 5", page.locator("#applications-title").textContent().strip());
            page.getByLabel("État", new Page.GetByLabelOptions().setExact(true)).selectOption("TOUTES");
            page.getByLabel("Niveau d'études").selectOption("BAC_2");
            submit(page, page.locator("#applications\\:filter"));
            assertEquals(1, rows.count(), "one candidate at that level");
            assertTrue(rows.first().textContent().contains("Dorian"), rows.first().textContent());
            page.getByLabel("Niveau d'études").selectOption("TOUTES");
            // received 0, 1, 2, 3 and 20 days ago: since the day before yesterday, three (that day included)
            page.getByLabel("Reçues depuis le").fill(LocalDate.now().minusDays(2).toString());
            submit(page, page.locator("#applications\\:filter"));
            assertEquals(3, rows.count(), "received since the day before yesterday");
            assertEquals("3 candidatures affichées sur 5", page.locator("#applications-title").textContent().strip());
            page.getByLabel("Reçues depuis le").fill("");
            submit(page, page.locator("#applications\\:filter"));
            assertEquals(5, rows.count());
            // newest first, as it opens; the « Reçue le » header sorts oldest first, then newest first again
            assertTrue(rows.first().textContent().contains("Inès"), rows.first().textContent());
            page.getByRole(com.microsoft.playwright.options.AriaRole.COLUMNHEADER, new Page.GetByRoleOptions()
                    .setName("Reçue le")).click();
            page.waitForCondition(() -> rows.first().textContent().contains("Emma"));
            page.getByRole(com.microsoft.playwright.options.AriaRole.COLUMNHEADER, new Page.GetByRoleOptions()
                    .setName("Reçue le")).click();
            page.waitForCondition(() -> rows.first().textContent().contains("Inès"));

            // opening an application marks it read; its CV is shown in the page
            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Inès Testeur").setExact(true)).click();
            page.waitForURL("**/backoffice/application.xhtml?id=" + applications[0]);
            assertTrue(page.locator("p").filter(new Locator.FilterOptions().setHasText("Lue")).count() > 0);
            assertEquals(1, page.locator("iframe.cv-viewer").count());
            page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)");
            accessible(page, "recruitment-application");

            submit(page, page.locator("#steps\\:shortlist"));
            assertEquals("Candidature présélectionnée.", page.locator("#done").textContent().strip());

            // an interview: a date in the past is refused next to its field, then the right one is sent
            page.getByText("Inviter à un entretien").click();
            page.getByLabel("Date de l'entretien").fill(LocalDate.now().minusDays(1).toString());
            page.getByLabel("Heure (heure de Paris)").fill("10:30");
            submit(page, page.locator("#invite\\:send"));
            assertEquals("L'entretien doit avoir lieu dans le futur.", page.locator("#invite\\:day-error").textContent());
            LocalDate day = LocalDate.now().plusDays(7);
            page.getByLabel("Date de l'entretien").fill(day.toString());
            page.getByLabel("Heure (heure de Paris)").fill("10:30");
            page.getByLabel("Contact (facultatif)").fill("Mme Durand, 01 42 76 00 00");
            submit(page, page.locator("#invite\\:send"));
            assertEquals("Invitation envoyée au candidat, avec le fichier d'agenda.",
                    page.locator("#done").textContent().strip());
            // choosing a reason fills the rejection's text in place (a PrimeFaces request, under the page's
            // script policy: accessible() fails on any refused script); nothing is sent
            page.getByText("Refuser cette candidature").click();
            page.getByLabel("Motif").selectOption(new com.microsoft.playwright.options.SelectOption()
                    .setLabel("Stage pourvu"));
            page.waitForCondition(() -> page.locator("#reject\\:rejectionText").inputValue().contains("pourvu"));
            accessible(page, "application-reason");

            page.getByLabel("Ajouter une note").fill("Très bon dossier " + MARK);
            submit(page, page.locator("#notes\\:save"));
            String history = page.locator("ol.history").textContent();
            assertTrue(history.contains("« Lue »") && history.contains("« Présélectionnée »")
                    && history.contains("« Entretien proposé »") && history.contains("Très bon dossier " + MARK),
                    history);

            awaitMail(() -> !received(smtp, emails[0]).isEmpty(), "the invitation");
            MimeMessage invitation = received(smtp, emails[0]).get(0);
            assertEquals("Invitation à un entretien : « " + TITLE + " »", subject(invitation));
            String ics = calendar(invitation);
            assertTrue(ics.contains("BEGIN:VCALENDAR") && ics.contains("DTSTART;TZID=Europe/Paris:"
                    + day.toString().replace("-", "") + "T103000"), ics);
            assertTrue(GreenMailUtil.getBody(invitation).contains("Mme Durand"), "the contact is in the mail");

            // three others rejected at once, with the "filled" reason
            page.navigate(WebClient.BASE + "/backoffice/offer.xhtml?id=" + offer);
            for (int i = 1; i <= 3; i++) {
                page.getByLabel("Sélectionner la candidature de " + NAMES[i] + " Testeur").check();
            }
            page.getByText("Refuser", new Page.GetByTextOptions().setExact(true)).click();
            page.getByLabel("Motif").selectOption(new com.microsoft.playwright.options.SelectOption()
                    .setLabel("Stage pourvu"));
            // polled from here: Playwright's waitForFunction evaluates a string, which the page's policy refuses
            page.waitForCondition(() -> page.locator("#applications\\:french").inputValue().contains("pourvu"));
            accessible(page, "recruitment-bulk");
            submit(page, page.locator("#applications\\:rejectSelected"));
            // nothing done yet: the count and the words each candidate will read, the focus on the question
            assertEquals("Refuser 3 candidatures ?", page.locator("#reject-confirm-title").textContent());
            assertEquals("reject-confirm-title", page.evaluate("document.activeElement.id"));
            assertTrue(page.locator(".confirm blockquote").first().textContent().contains("pourvu"));
            assertEquals("RECEIVED", statusOf(applications[1]), "not rejected before the confirmation");
            accessible(page, "recruitment-bulk-confirm");
            // a text changed after the question: asked again, nothing sent
            page.locator("#applications\\:french").fill(page.locator("#applications\\:french").inputValue() + " Merci.");
            submit(page, page.locator("#applications\\:confirmReject"));
            assertTrue(page.locator("#done").textContent().contains("a changé entre-temps"), page.locator("#done").textContent());
            assertTrue(page.locator(".confirm blockquote").first().textContent().endsWith("Merci."));
            assertEquals("RECEIVED", statusOf(applications[1]));
            submit(page, page.locator("#applications\\:confirmReject"));
            assertTrue(page.locator("#done").textContent()
                    .contains("3 candidatures refusées, 3 courriels de refus envoyés"));
            // a free message to the invited candidate, replies to the agent
            page.getByLabel("Sélectionner la candidature de Inès Testeur").check();
            page.getByText("Écrire aux candidats cochés").first().click();
            page.getByLabel("Objet").fill("Documents pour l'entretien");
            page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true)).fill("Merci d'apporter votre convention.");
            submit(page, page.locator("#applications\\:contactSelected"));
            assertTrue(page.locator("#done").textContent().contains("1 message envoyé."), page.locator("#done").textContent());
            awaitMail(() -> received(smtp, emails[0]).size() == 2, "the message after the invitation");
            MimeMessage contact = received(smtp, emails[0]).get(1);
            assertTrue(subject(contact).startsWith("Documents pour l'entretien (candidature C-"), subject(contact));
            assertEquals(AGENT, contact.getReplyTo()[0].toString());

            awaitMail(() -> !received(smtp, emails[1]).isEmpty() && !received(smtp, emails[2]).isEmpty()
                    && !received(smtp, emails[3]).isEmpty(), "three rejections");
            assertTrue(GreenMailUtil.getBody(received(smtp, emails[1]).get(0)).contains("has now been filled"),
                    "Basile reads English");
            assertTrue(GreenMailUtil.getBody(received(smtp, emails[2]).get(0)).contains("d=C3=A9sormais pourvu")
                    || GreenMailUtil.getBody(received(smtp, emails[2]).get(0)).contains("désormais pourvu"),
                    "Chloé reads French");
            String unfolded = GreenMailUtil.getBody(received(smtp, emails[2]).get(0)).replace("=\r\n", "");
            String plain = unfolded.substring(0, unfolded.indexOf("Content-Type: text/html")); // the text part
            assertEquals(1, plain.split("chaque semaine", -1).length - 1, "said once: " + plain);
        }
        try (TestDatabase db = TestDatabase.open()) {
            assertEquals("INVITED", db.statusOf(applications[0]));
            for (int i = 1; i <= 3; i++) {
                assertEquals("REJECTED", db.statusOf(applications[i]));
            }
            assertEquals("RECEIVED", db.statusOf(applications[4]), "Emma's untouched");
        }
        assertTrue(received(smtp, emails[4]).isEmpty(), "nothing sent to Emma");
    }

    @Test
    void aSpontaneousApplicationJoinsAnOfferAndItsCandidateIsTold() throws Exception {
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + "/backoffice/pool.xhtml");
            logIn(page, CORRESPONDENT);
            page.navigate(WebClient.BASE + "/backoffice/pool.xhtml?mots=gaspard");
            page.getByText("Ajouter à une offre la candidature de Gaspard Spontané").click();
            page.waitForURL("**/backoffice/attach.xhtml?candidature=" + spontaneous);
            submit(page, page.locator("#attach\\:submit"));
            assertEquals("Choisissez l'offre.", page.locator("#attach\\:offer-error").textContent());
            accessible(page, "recruitment-attach");
            // only offers candidates can apply to are offered; a draft's id slipped in is refused with the reason
            assertEquals(0, page.locator("option[value='" + draftOffer + "']").count(), "no draft among the choices");
            page.evaluate("id => { const o = document.createElement('option'); o.value = id; o.text = 'brouillon';"
                    + " document.querySelector('select').appendChild(o); }", String.valueOf(draftOffer));
            page.getByLabel("Offre").selectOption(String.valueOf(draftOffer));
            submit(page, page.locator("#attach\\:submit"));
            assertFalse(page.locator("#attach\\:offer-error").textContent().isBlank(), "refused next to the field");
            try (TestDatabase db = TestDatabase.open()) {
                assertEquals("0", db.one("select count(*) from application where offer_id = ?", draftOffer));
            }
            page.getByLabel("Offre").selectOption(String.valueOf(poolOffer));
            page.locator("#attach\\:submit").click();
            page.waitForURL("**/backoffice/application.xhtml?id=*");
            assertTrue(page.locator("#done").textContent().contains("Candidature ajoutée à l'offre « " + POOL_TITLE + " »"));
            assertEquals("Gaspard Spontané", page.locator("h1").textContent());
            assertEquals(1, page.locator("iframe.cv-viewer").count(), "with the pool entry's CV");

            // the same person twice on one offer: refused with the reason
            page.navigate(WebClient.BASE + "/backoffice/attach.xhtml?candidature=" + spontaneous);
            page.getByLabel("Offre").selectOption(String.valueOf(poolOffer));
            submit(page, page.locator("#attach\\:submit"));
            assertEquals("Gaspard Spontané a déjà une candidature pour l'offre « " + POOL_TITLE + " ».",
                    page.locator("#attach\\:offer-error").textContent());
        }
        awaitMail(() -> !received(smtp, SPONTANEOUS).isEmpty(), "the notice to the candidate");
        assertEquals("Votre candidature spontanée est étudiée pour l'offre « " + POOL_TITLE + " »",
                subject(received(smtp, SPONTANEOUS).get(0)));
        var outsider = new WebClient();
        outsider.login(STRANGER, TestDatabase.PASSWORD);
        assertEquals(404, outsider.get("/backoffice/attach.xhtml?candidature=" + spontaneous).statusCode(),
                "a pool entry for another direction is not there");
    }

    @Test
    void theApplicationPageFitsASmallScreen() throws Exception {
        try (BrowserContext context = french(320, 640)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + "/backoffice/application.xhtml?id=" + applications[4]);
            logIn(page, CORRESPONDENT);
            page.navigate(WebClient.BASE + "/backoffice/application.xhtml?id=" + applications[4]);
            assertEquals("Emma Testeur", page.locator("h1").textContent());
            assertNoHorizontalScroll(page);
            page.navigate(WebClient.BASE + "/backoffice/offer.xhtml?id=" + offer);
            assertNoHorizontalScroll(page);
        }
    }

    @Test
    void noOtherServiceOrDirectionReachesTheApplicationsOrTheirFiles() {
        long cv;
        try (TestDatabase db = TestDatabase.open()) {
            cv = db.cvOfApplication(emails[4]);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        for (String outsider : new String[] {NEIGHBOUR, STRANGER}) {
            var web = new WebClient();
            assertEquals(302, web.login(outsider, TestDatabase.PASSWORD).statusCode());
            assertEquals(404, web.get("/backoffice/offer.xhtml?id=" + offer).statusCode(), outsider);
            HttpResponse<String> page = web.get("/backoffice/application.xhtml?id=" + applications[4]);
            assertEquals(404, page.statusCode(), outsider);
            assertFalse(page.body().contains("Emma"));
            assertFalse(web.get("/backoffice/offers.xhtml").body().contains(TITLE), "not in " + outsider + "'s list");
            assertEquals(404, web.download("/backoffice/documents/" + cv).statusCode(), outsider);
            assertEquals(404, web.download("/backoffice/documents/" + cv + "?lire=1").statusCode(), outsider);
        }
        var correspondent = new WebClient();
        correspondent.login(CORRESPONDENT, TestDatabase.PASSWORD);
        assertEquals(200, correspondent.get("/backoffice/offer.xhtml?id=" + offer).statusCode(),
                "the direction's correspondent manages every service's offers");
        HttpResponse<byte[]> shown = correspondent.download("/backoffice/documents/" + cv + "?lire=1");
        assertEquals(200, shown.statusCode());
        assertTrue(shown.headers().firstValue("Content-Disposition").orElse("").startsWith("inline"));
        assertEquals("SAMEORIGIN", shown.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals(302, new WebClient().get("/backoffice/application.xhtml?id=" + applications[4]).statusCode(),
                "anonymous visitors are sent to the login page");
    }

    /** The text/calendar part of a mail, decoded. */
    private static String calendar(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/calendar")) {
            return new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = calendar(multipart.getBodyPart(i));
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }

    private static String statusOf(long application) {
        try (TestDatabase db = TestDatabase.open()) {
            return db.statusOf(application);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

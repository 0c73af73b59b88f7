package fr.stages.web.backoffice;

import static fr.stages.web.Browsers.accessible;
import static fr.stages.web.Browsers.awaitMail;
import static fr.stages.web.Browsers.french;
import static fr.stages.web.Browsers.logIn;
import static fr.stages.web.Browsers.received;
import static fr.stages.web.Browsers.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import fr.stages.web.Browsers;
import fr.stages.web.Ear;
import fr.stages.web.TestDatabase;
import fr.stages.web.WebClient;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A service's agent writes an offer in the browser (every mistake shown at once), publishes it (candidates find
 * it), edits it (the history names what changed), previews and duplicates it; another offer, filled, is closed
 * and its pending candidates are told in the same step. Every page scanned by axe-core.
 */
@ExtendWith(ArquillianExtension.class)
class OfferLifecycleIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Ear.built();
    }

    private static final String MARK = TestDatabase.unique();
    private static final String FAMILY = "Médiation " + MARK;
    private static final String PLACE = "Lieu " + MARK;
    private static final String AGENT = TestDatabase.unique().toLowerCase() + "@service.example";
    private static final String FILLED = "Stage bientôt pourvu " + MARK;

    private static GreenMail smtp;
    private static long filled;
    private static final String[] pending = new String[2];
    private static long answered;

    @BeforeAll
    static void anAgentAndAnOfferToClose() throws Exception {
        try (TestDatabase db = TestDatabase.open()) {
            long direction = db.direction(TestDatabase.unique(), "Direction des offres " + MARK);
            long service = db.service(direction, "Service des offres " + MARK);
            db.agentOfService(AGENT, direction, service);
            db.jobFamily(FAMILY);
            db.place(PLACE);
            filled = db.offer(direction, "PUBLISHED", FILLED, LocalDate.now().plusDays(20));
            db.serve(filled, service);
            for (int i = 0; i < pending.length; i++) {
                pending[i] = TestDatabase.unique().toLowerCase() + "@candidats.example";
                db.application(filled, "Candidat" + i, pending[i], i == 0 ? "fr" : "en", 3);
            }
            answered = db.application(filled, "Déjà", TestDatabase.unique().toLowerCase() + "@candidats.example",
                    "fr", 5);
        }
        smtp = Browsers.mailCatcher();
    }

    @AfterAll
    static void close() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void anAgentWritesPublishesEditsPreviewsAndDuplicatesAnOffer() throws Exception {
        String title = "Stage de médiation numérique " + MARK;
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + "/backoffice/offers.xhtml");
            logIn(page, AGENT);
            page.getByText("Nouvelle offre").click();
            page.waitForURL("**/backoffice/offer-edit.xhtml");
            submit(page, page.locator("#offer\\:save"));
            assertTrue(page.locator("[role=alert]").textContent().contains("9 champs sont à corriger"),
                    page.locator("[role=alert]").textContent());
            assertEquals("Indiquez l'intitulé de l'offre.", page.locator("#offer\\:title-error").textContent());
            assertEquals("true", page.locator("#offer\\:title").getAttribute("aria-invalid"));
            accessible(page, "offer-edit-errors");

            page.getByLabel("Intitulé").fill(title);
            page.getByLabel("Missions").fill("- Animer des ateliers numériques.\n- Accompagner les usagers.");
            page.getByLabel("Profil recherché").fill("Étudiant·e en médiation.");
            page.getByLabel("Famille de métiers").selectOption(new SelectOption().setLabel(FAMILY));
            page.getByLabel("Niveau d'études").selectOption("BAC_3");
            page.getByLabel("Lieu", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel(PLACE));
            LocalDate start = LocalDate.now().plusMonths(3);
            page.getByLabel("Début du stage").fill(start.toString());
            page.getByLabel("Durée (semaines)").fill("12");
            page.getByLabel("Candidater avant le").fill(LocalDate.now().plusMonths(1).toString());
            submit(page, page.locator("#offer\\:publish"));
            assertEquals("Ce stage compte 420 heures de présence : au-delà de 308 heures, la gratification est "
                    + "obligatoire.", page.locator("#offer\\:paid-error").textContent(), "the legal rule, at once");
            page.getByLabel("Stage gratifié").check();
            page.locator("#offer\\:publish").click();
            page.waitForURL("**/backoffice/offer.xhtml?id=*");
            assertTrue(page.locator("#done").textContent().contains("Offre enregistrée et publiée"));
            long id = Long.parseLong(page.url().replaceAll(".*id=", ""));
            new WebClient().awaitBody(WebClient.search(MARK), title); // candidates find it
            WebClient visitor = new WebClient();
            String publicPage = "/offers/offer.xhtml?id=" + id;
            visitor.awaitBody(publicPage, title);
            assertEquals("hit", visitor.getRaw(publicPage).headers().firstValue("X-Stages-Cache").orElseThrow(),
                    "the public page is kept in memory");

            page.getByText("Modifier", new Page.GetByTextOptions().setExact(true)).click();
            page.waitForURL("**/backoffice/offer-edit.xhtml?id=" + id);
            page.getByLabel("Intitulé").fill(title + " en bibliothèque");
            page.getByLabel("Nombre de postes").fill("2");
            page.locator("#offer\\:save").click();
            page.waitForURL("**/backoffice/offer.xhtml?id=" + id);
            String history = page.locator("#offer-history ~ ol").textContent();
            assertTrue(history.contains("Créée par Agent " + AGENT) && history.contains("Publiée par")
                    && history.contains("Modifiée par Agent " + AGENT + " : intitulé, nombre de postes"), history);
            accessible(page, "offer-published");
            // at once, not eventually: the kept copy is stale as soon as the change is committed
            assertTrue(visitor.get(publicPage).body().contains(title + " en bibliothèque"), "no stale public page");

            page.getByText("Aperçu", new Page.GetByTextOptions().setExact(true)).click();
            page.waitForURL("**/backoffice/preview.xhtml?id=" + id);
            assertEquals(title + " en bibliothèque", page.locator("h1").textContent());
            accessible(page, "offer-preview");

            page.navigate(WebClient.BASE + "/backoffice/offer.xhtml?id=" + id);
            submit(page, page.locator("#lifecycle\\:unpublish"));
            assertTrue(page.locator("#done").textContent().contains("Offre retirée du site"));
            assertEquals(410, visitor.get(publicPage).statusCode(), "gone for the public, at once");
            try (TestDatabase db = TestDatabase.open()) {
                db.missionsInLines(id, "Accueillir les lecteurs.", "Ranger les collections.");
            }
            page.reload();
            page.locator("#lifecycle\\:duplicate").click();
            page.waitForURL("**/backoffice/offer-edit.xhtml?id=*");
            String copyId = page.url().replaceAll(".*[?&]id=(\\d+).*", "$1");
            assertTrue(!copyId.equals(String.valueOf(id)), "the copy is another offer");
            String copyReference;
            String original;
            try (TestDatabase db = TestDatabase.open()) {
                copyReference = db.one("select reference from offer where id = ?", Long.parseLong(copyId));
                original = db.one("select reference from offer where id = ?", id);
            }
            // it says it is the copy, with its own reference
            assertEquals("Modifier l'offre « " + title + " en bibliothèque » (" + copyReference + ")",
                    page.locator("h1").textContent());
            assertTrue(page.locator("#done").textContent().contains("Ceci est une copie de l'offre " + original
                    + ", enregistrée comme brouillon sous la référence " + copyReference), page.locator("#done").textContent());
            accessible(page, "offer-copy");
            // saved as it came: nothing changed, nothing in the history but the copy
            page.locator("#offer\\:save").click();
            page.waitForURL("**/backoffice/offer.xhtml?id=" + copyId);
            String copyHistory = page.locator("#offer-history ~ ol").textContent();
            assertFalse(copyHistory.contains("Modifiée"), copyHistory);
        }
    }

    @Test
    void closingAFilledOfferTellsEveryPendingCandidateInTheirLanguage() throws Exception {
        try (TestDatabase db = TestDatabase.open()) {
            // one application already answered: not told again
            db.reject(answered);
        }
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + "/backoffice/offer.xhtml?id=" + filled);
            logIn(page, AGENT);
            page.navigate(WebClient.BASE + "/backoffice/offer.xhtml?id=" + filled);
            page.getByText("Clore l'offre : stage pourvu").click();
            assertTrue(page.getByLabel("Informer les 2 candidats en attente de réponse").isChecked(),
                    "informing them is the default");
            assertTrue(page.getByLabel("Courriel aux candidats francophones").inputValue().contains("pourvu"),
                    "the text is shown before sending");
            accessible(page, "offer-close");
            submit(page, page.locator("#close\\:confirm"));
            assertEquals("Clore l'offre et informer les 2 personnes dont la candidature est en attente ?",
                    page.locator("#close-confirm-title").textContent());
            accessible(page, "offer-close-confirm");
            submit(page, page.locator("#close\\:confirmClose"));
            assertTrue(page.locator("#done").textContent().contains("2 candidats en attente informés par courriel"),
                    page.locator("#done").textContent());
        }
        awaitMail(() -> !received(smtp, pending[0]).isEmpty() && !received(smtp, pending[1]).isEmpty(),
                "both pending candidates told");
        assertTrue(GreenMailUtil.getBody(received(smtp, pending[1]).get(0)).contains("has now been filled"));
        try (TestDatabase db = TestDatabase.open()) {
            assertEquals("FILLED", db.offerStatus(filled));
        }
        assertEquals(410, new WebClient().get("/offers/offer.xhtml?id=" + filled).statusCode());
    }
}

package fr.stages.web;

import static fr.stages.web.Browsers.accessible;
import static fr.stages.web.Browsers.submit;
import static fr.stages.web.Browsers.assertNoHorizontalScroll;
import static fr.stages.web.Browsers.awaitMail;
import static fr.stages.web.Browsers.french;
import static fr.stages.web.Browsers.logIn;
import static fr.stages.web.Browsers.received;
import static fr.stages.web.Browsers.screenshot;
import static fr.stages.web.Browsers.subject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A candidate and an agent in a real browser (Debian's Chromium): search with keywords, filters, sort, back
 * button and a shared link, with and without JavaScript, at 1280 and 320 pixels; offer and its JSON-LD; login,
 * back-office, legal pages; with an axe-core scan (WCAG 2.1 A and AA) of every page that must find nothing. Screenshots go to
 * target/screenshots for a human look.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Ear.built();
    }

    private static final String CODE = TestDatabase.unique();
    private static final String TITLE = "Stage de navigation " + CODE;
    private static final String OTHER_CODE = TestDatabase.unique();
    private static final String OTHER_TITLE = "Stage de médiation " + OTHER_CODE;
    private static final String AGENT = TestDatabase.unique().toLowerCase() + "@agents.example";
    private static final String DIRECTION = "Direction des parcours " + TestDatabase.unique();
    private static final String CORRESPONDENT = TestDatabase.unique().toLowerCase() + "@correspondants.example";
    private static final String OFFICE = TestDatabase.unique().toLowerCase() + "@bureau.example";
    private static final String INTERRUPTED = TestDatabase.unique().toLowerCase() + "@interrupted.example";

    private static GreenMail smtp;

    @BeforeAll
    static void browserAndData() throws Exception {
        try (TestDatabase db = TestDatabase.open()) {
            long direction = db.direction(TestDatabase.unique(), DIRECTION);
            db.agent(AGENT, "agent", direction);
            db.agent(CORRESPONDENT, "correspondent", direction);
            db.offer(direction, "PUBLISHED", TITLE, LocalDate.now().plusDays(15));
            db.offer(direction, "PUBLISHED", OTHER_TITLE, LocalDate.now().plusDays(25));
            db.agent(OFFICE, "office", null);
            db.failedMail(TestDatabase.unique().toLowerCase() + "@bounced.example");
            db.mailSentAfterInterruption(INTERRUPTED);
        }
        new WebClient().awaitBody(WebClient.search(CODE), TITLE); // JDBC-written: found by the index's check
        new WebClient().awaitBody(WebClient.search(OTHER_CODE), OTHER_TITLE);
        smtp = Browsers.mailCatcher();
        Browsers.browser();
    }

    @AfterAll
    static void close() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aCandidateSearchesFiltersSortsGoesBackSharesTheLinkAndOpensTheOffer() throws Exception {
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + "/");
            assertEquals("Offres de stage", page.locator("h1").textContent());
            accessible(page, "search");

            // keywords, then filters: each change reloads the results only, the URL follows
            page.getByLabel("Mots-clés").fill(CODE.toLowerCase());
            page.getByLabel("Mots-clés").press("Enter");
            page.waitForURL(url -> url.endsWith("/?q=" + CODE.toLowerCase()), new Page.WaitForURLOptions()
                    .setTimeout(10_000));
            awaitCount(page, "1 offre correspond");
            assertEquals("1 offre correspond", page.locator("#search-status").textContent(),
                    "the new count is announced to screen readers");

            page.getByLabel("Stage non gratifié").check();
            page.waitForURL(url -> url.contains("gratification=non"));
            awaitCount(page, "1 offre correspond");
            accessible(page, "search-filters");

            assertTrue(page.getByLabel("Stage gratifié").isDisabled(), "a value giving no offer cannot be chosen");
            assertTrue(page.locator("label[for=f-gratification-oui]").textContent().contains("(aucune offre)"));
            page.getByLabel("Temps plein (35 h)").check();
            page.waitForURL(url -> url.contains("gratification=non") && url.contains("horaires=plein"));
            awaitCount(page, "1 offre correspond");

            page.getByLabel("Mots-clés").fill(CODE.toLowerCase() + " introuvable");
            page.getByLabel("Mots-clés").press("Enter");
            page.waitForURL(url -> url.contains("introuvable"));
            awaitCount(page, "Aucune offre ne correspond");
            assertTrue(page.locator(".no-result").textContent().contains("Retirez un filtre"));
            accessible(page, "search-no-result");

            page.goBack();
            page.waitForURL(url -> !url.contains("introuvable"));
            awaitCount(page, "1 offre correspond");
            assertEquals(CODE.toLowerCase(), page.getByLabel("Mots-clés").inputValue(), "back restores the keywords");
            assertTrue(page.getByLabel("Temps plein (35 h)").isChecked(), "and the filters");

            page.getByLabel("Trier par").selectOption("titre");
            page.waitForURL(url -> url.contains("tri=titre"));
            awaitCount(page, "1 offre correspond");

            String shared = page.url();
            try (BrowserContext other = french(1280, 900)) {
                Page friend = other.newPage();
                friend.navigate(shared);
                assertEquals("1 offre correspond", friend.locator("#result-count").textContent());
                assertTrue(friend.getByLabel("Stage non gratifié").isChecked());
                assertTrue(friend.getByLabel("Temps plein (35 h)").isChecked());
                assertEquals("titre", friend.getByLabel("Trier par").inputValue());
            }

            page.locator("a", new Page.LocatorOptions().setHasText(TITLE)).click();
            assertEquals(TITLE, page.locator("h1").textContent().strip());
            assertTrue(page.title().startsWith(TITLE));
            @SuppressWarnings("unchecked")
            Map<String, Object> posting = (Map<String, Object>) page.evaluate(
                    "JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)");
            assertEquals("JobPosting", posting.get("@type"));
            assertEquals(TITLE, posting.get("title"));
            assertEquals("INTERN", posting.get("employmentType"));
            assertEquals(LocalDate.now().plusDays(15).toString(), String.valueOf(posting.get("validThrough"))
                    .substring(0, 10));
            assertTrue(String.valueOf(posting.get("url")).endsWith("/offers/offer.xhtml?id="
                    + page.url().replaceAll(".*id=", "")));
            accessible(page, "offer");
        }
    }

    @Test
    void aCandidateAppliesWithAPdfGetsAReferenceAndBothMailsLeave() throws Exception {
        Path pdf = cvFile();
        String email = "lea." + CODE.toLowerCase() + "@etudiant.example";
        String reference;
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + WebClient.search(CODE));
            page.locator("a", new Page.LocatorOptions().setHasText(TITLE)).click();
            page.getByText("Postuler à cette offre").click();
            page.waitForURL(url -> url.contains("/offers/apply.xhtml?offres="));
            accessible(page, "apply");

            page.getByText("Envoyer ma candidature").click();
            assertEquals("Indiquez votre prénom.", page.locator("#firstName-error").textContent());
            assertEquals("true", page.locator("#firstName").getAttribute("aria-invalid"));
            assertTrue(page.locator("#firstName").getAttribute("aria-describedby").contains("firstName-error"));
            assertEquals("Choisissez votre CV (un fichier PDF).", page.locator("#cv-error").textContent());
            accessible(page, "apply-errors");

            send(page, new String[] {"Léa", "Martin", email, "Sorbonne Université", "Master 1 urbanisme", "BAC_4",
                "Oui"}, pdf);
            assertEquals("Candidature envoyée", page.locator("h1").textContent());
            reference = page.locator("td.reference").textContent().strip();
            assertTrue(reference.matches("C-[2-9A-HJ-NP-Z]{8}"), reference);
            accessible(page, "applied");

            page.reload();
            assertEquals(reference, page.locator("td.reference").textContent().strip(), "a reload creates nothing");
        } finally {
            Files.deleteIfExists(pdf);
        }
        // the notice of this application (others go to the same author for the same offer): by its reference
        awaitMail(() -> !received(smtp, email).isEmpty() && received(smtp, "stages.test@paris.example").stream()
                .anyMatch(m -> subject(m).equals("Nouvelle candidature pour « " + TITLE + " »")
                        && Browsers.raw(m).contains(reference)), "the receipt and the author's notice");
        assertTrue(subject(received(smtp, email).get(0)).startsWith("Votre candidature C-"));
    }

    @Test
    void aCandidateWithdrawsThroughTheLinkOfTheReceiptAndTheAuthorIsTold() throws Exception {
        Path pdf = cvFile();
        String email = "noe." + CODE.toLowerCase() + "@etudiant.example";
        String reference;
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + "/offers/apply.xhtml?offres=" + offerId(page));
            send(page, new String[] {"Noé", "Petit", email, "IUT Paris", "BUT information-communication", "BAC_2",
                "Oui"}, pdf);
            reference = page.locator("td.reference").textContent().strip();
        } finally {
            Files.deleteIfExists(pdf);
        }
        awaitMail(() -> !received(smtp, email).isEmpty(), "the receipt");
        String receipt = GreenMailUtil.getBody(received(smtp, email).get(0)).replace("=\r\n", "").replace("=3D", "=");
        Matcher link = Pattern.compile("(/offers/withdraw\\.xhtml\\?candidature=" + reference + "&cle=([0-9a-f]{32}))")
                .matcher(receipt);
        assertTrue(link.find(), receipt);

        String forged = "/offers/withdraw.xhtml?candidature=" + reference + "&cle=" + "0".repeat(32);
        assertEquals(404, new WebClient().get(forged).statusCode(), "a made-up key: as if nothing were there");
        assertEquals(404, new WebClient().get("/offers/withdraw.xhtml?candidature=" + reference).statusCode());
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + link.group(1));
            assertEquals("Retirer une candidature", page.locator("h1").textContent());
            assertTrue(page.locator("#which").textContent().contains(reference + " à l'offre « " + TITLE + " »"));
            assertTrue(page.locator("#state").textContent().startsWith("Elle est en cours d'examen"));
            accessible(page, "withdraw");
            assertEquals("RECEIVED by null", db(d -> d.statusOf(reference)),
                    "opening the link changes nothing");

            submit(page, page.getByText("Retirer ma candidature"));
            assertEquals("Votre candidature " + reference + " est retirée. Le service qui a publié l'offre en est "
                    + "informé.", page.locator("#done").textContent().strip());
            assertTrue(page.locator("#state").textContent().startsWith("Vous avez retiré cette candidature le "));
            assertEquals(0, page.getByText("Retirer ma candidature").count(), "nothing more to withdraw");
            accessible(page, "withdrawn");
            page.navigate(WebClient.BASE + link.group(1));
            assertTrue(page.locator("#state").textContent().startsWith("Vous avez retiré cette candidature le "));
        }
        assertEquals("WITHDRAWN by -", db(d -> d.statusOf(reference)), "recorded without an agent");
        String id = db(d -> d.one("select id from application where reference = ?", reference));
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + "/backoffice/offers.xhtml");
            logIn(page, AGENT);
            page.navigate(WebClient.BASE + "/backoffice/application.xhtml?id=" + id);
            assertTrue(page.locator("ol.history").textContent().contains(
                    "Passée à l'état « Retirée » par la personne candidate"), page.locator("ol.history").textContent());
        }
        awaitMail(() -> received(smtp, "stages.test@paris.example").stream()
                .anyMatch(m -> subject(m).equals("Candidature retirée pour « " + TITLE + " »")), "the author's notice");
    }

    /** The id of the test offer, as its public page gives it. */
    private static String offerId(Page page) {
        page.navigate(WebClient.BASE + WebClient.search(CODE));
        String href = page.locator("a", new Page.LocatorOptions().setHasText(TITLE)).first().getAttribute("href");
        Matcher id = Pattern.compile("id=(\\d+)").matcher(href);
        assertTrue(id.find(), href);
        return id.group(1);
    }

    private static String db(java.util.function.Function<TestDatabase, String> query) throws Exception {
        try (TestDatabase db = TestDatabase.open()) {
            return query.apply(db);
        }
    }

    @Test
    void aCandidateSelectsTwoOffersWhileSearchingAndAppliesToBothAtOnce() throws Exception {
        Path pdf = cvFile();
        String email = "sam." + CODE.toLowerCase() + "@etudiant.example";
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + WebClient.search(CODE));
            assertTrue(page.locator("#selection").isHidden(), "no bar while nothing is selected");
            page.locator("button[data-select]").first().click();
            assertEquals("true", page.locator("button[data-select]").first().getAttribute("aria-pressed"));
            assertEquals("1 offre", page.locator("#selection-count").textContent());

            page.navigate(WebClient.BASE + WebClient.search(OTHER_CODE)); // another search: the selection stays
            assertEquals("1 offre", page.locator("#selection-count").textContent());
            page.locator("button[data-select]").first().click();
            assertEquals("2 offres", page.locator("#selection-count").textContent());
            accessible(page, "selection");

            page.getByText("Postuler aux offres sélectionnées").click();
            page.waitForURL(url -> url.contains("/offers/apply.xhtml?offres="));
            assertEquals("Votre candidature à ces 2 offres", page.locator("#chosen-offers").textContent());
            send(page, new String[] {"Sam", "Durand", email, "Lycée Turgot", "BTS communication", "BAC_2",
                "Je ne sais pas"}, pdf);
            assertEquals(2, page.locator("td.reference").count());
            assertTrue(page.locator("#selection").isHidden(), "the offers applied to leave the selection");
        } finally {
            Files.deleteIfExists(pdf);
        }
        awaitMail(() -> !received(smtp, email).isEmpty(), "the receipt");
        assertEquals("Vos 2 candidatures ont bien été reçues", subject(received(smtp, email).get(0)));
        assertEquals(1, received(smtp, email).size(), "one receipt for both");
    }

    @Test
    void aCandidateCompletesTheApplicationFormWithTheKeyboardOnly() throws Exception {
        Path pdf = cvFile();
        String email = "kim." + CODE.toLowerCase() + "@etudiant.example";
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            // listened to from the start, so that the browser already hands file dialogs to the test when Space
            // opens one: waitForFileChooser asks for that at the same time as the key press, and lost the race once
            var chooser = new java.util.concurrent.atomic.AtomicReference<com.microsoft.playwright.FileChooser>();
            page.onFileChooser(chooser::set);
            page.navigate(WebClient.BASE + WebClient.search(CODE));
            String offer = page.locator("a", new Page.LocatorOptions().setHasText(TITLE)).getAttribute("href")
                    .replaceAll(".*id=", "");
            page.navigate(WebClient.BASE + "/offers/apply.xhtml?offres=" + offer);

            // from the top of the page, every field is reached with Tab, in the order of the form
            typeInto(page, "firstName", "Kim");
            typeInto(page, "lastName", "Nguyen");
            typeInto(page, "email", email);
            typeInto(page, "phone", "06 11 22 33 44");
            typeInto(page, "school", "IUT de Paris");
            typeInto(page, "course", "BUT informatique");
            tabTo(page, "educationLevel");
            int bac3 = java.util.Arrays.asList(fr.stages.offers.entity.EducationLevel.values())
                    .indexOf(fr.stages.offers.entity.EducationLevel.BAC_3) + 1; // after "Choisissez…"
            for (int i = 0; i < bac3; i++) {
                page.keyboard().press("ArrowDown");
            }
            assertEquals("BAC_3", page.locator("#educationLevel").inputValue());
            tabTo(page, "convention:0");
            page.keyboard().press("Space");
            assertTrue(page.locator("#convention\\:0").isChecked(), "the first answer, chosen with Space");
            tabTo(page, "cv");
            page.keyboard().press("Space");
            page.waitForCondition(() -> chooser.get() != null);
            assertEquals("cv", chooser.get().element().getAttribute("id"), "Space opened the CV's file dialog");
            chooser.get().setFiles(pdf);
            typeInto(page, "message", "Envoyé au clavier.");
            tabTo(page, "talentPool");
            page.keyboard().press("Space");
            tabTo(page, "send");
            page.keyboard().press("Enter");
            page.waitForURL(url -> url.contains("/offers/applied.xhtml?envoi="), new Page.WaitForURLOptions()
                    .setTimeout(20_000));
            assertTrue(page.locator("td.reference").textContent().strip().startsWith("C-"));
        } finally {
            Files.deleteIfExists(pdf);
        }
        // the author's side: the offer in the back office lists the application with its CV
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + "/backoffice/offers.xhtml");
            logIn(page, AGENT);
            page.locator("a", new Page.LocatorOptions().setHasText(TITLE)).first().click();
            page.waitForURL(url -> url.contains("/backoffice/offer.xhtml?id="));
            assertTrue(page.locator("table.applications").textContent().contains("Kim Nguyen"));
            assertTrue(page.getByText("CV de Kim Nguyen (PDF)").isVisible());
            accessible(page, "backoffice-offer-applications");
        }
    }

    @Test
    void aCandidateLeavesASpontaneousApplicationAndTheChosenDirectionsAgentFindsIt() throws Exception {
        Path pdf = cvFile();
        String email = "ana." + CODE.toLowerCase() + "@etudiant.example";
        String lastName = "Spontanée" + CODE;
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + "/");
            page.getByText("Candidature spontanée").first().click();
            page.waitForURL("**/spontaneous/apply.xhtml");
            accessible(page, "spontaneous");

            submit(page, page.getByText("Envoyer ma candidature spontanée"));
            assertEquals("Choisissez au moins une famille de métiers.", page.locator("#jobFamilies-error").textContent());
            assertEquals("Indiquez la date à partir de laquelle vous êtes disponible.",
                    page.locator("#wishedStart-error").textContent());
            accessible(page, "spontaneous-errors");

            page.getByLabel("Prénom").fill("Ana");
            page.locator("#lastName").fill(lastName);
            page.getByLabel("Adresse électronique").fill(email);
            page.getByLabel("Établissement").fill("Université Paris Cité");
            page.getByLabel("Formation suivie").fill("Master 1 géographie");
            page.getByLabel("Niveau d'études").selectOption("BAC_4");
            page.getByLabel("Oui").check();
            page.locator("input[name=jobFamilies]").first().check();
            page.getByLabel(DIRECTION).check();
            page.locator("#wishedStart").fill(LocalDate.now().plusMonths(2).toString());
            page.locator("#wishedEnd").fill(LocalDate.now().plusMonths(5).toString());
            page.locator("#cv").setInputFiles(pdf);
            page.getByText("Envoyer ma candidature spontanée").click();
            page.waitForURL(url -> url.contains("/spontaneous/sent.xhtml?envoi="), new Page.WaitForURLOptions()
                    .setTimeout(20_000));
            assertEquals("Candidature spontanée envoyée", page.locator("h1").textContent());
            String reference = page.locator("dd.reference").textContent().strip();
            assertTrue(reference.matches("S-[2-9A-HJ-NP-Z]{8}"), reference);
            assertTrue(page.locator("dl.facts").textContent().contains(DIRECTION));
            accessible(page, "spontaneous-sent");

            awaitMail(() -> !received(smtp, email).isEmpty(), "the receipt");
            assertEquals("Votre candidature spontanée " + reference + " a bien été reçue",
                    subject(received(smtp, email).get(0)));
        } finally {
            Files.deleteIfExists(pdf);
        }
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + "/backoffice/offers.xhtml");
            logIn(page, AGENT);
            page.getByText("Candidatures spontanées").first().click();
            page.waitForURL("**/backoffice/pool.xhtml");
            page.getByLabel("Mots (nom, formation, école, message)").fill(lastName);
            assertTrue(page.locator("table.pool").textContent().contains("Ana " + lastName),
                    "the direction's pool lists it: " + page.locator("p.count").textContent());
            page.getByText("Rechercher", new Page.GetByTextOptions().setExact(true)).click();
            page.waitForURL(url -> url.contains("mots="));
            assertEquals("1 candidature spontanée", page.locator("p.count").textContent());
            assertTrue(page.locator("table.pool").textContent().contains("Ana " + lastName));
            accessible(page, "pool");
            com.microsoft.playwright.Download download = page.waitForDownload(
                    () -> page.getByText("CV de Ana " + lastName + " (PDF)").click());
            assertTrue(download.suggestedFilename().endsWith(".pdf"), download.suggestedFilename());
        }
    }

    @Test
    void aCorrespondentDesignatesTheDirectionsNoticeAddress() throws Exception {
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + "/backoffice/offers.xhtml");
            logIn(page, CORRESPONDENT);
            page.getByText("Ma direction").click();
            page.waitForURL("**/backoffice/direction.xhtml");
            assertEquals(DIRECTION, page.locator("#scope").textContent());
            accessible(page, "direction");

            page.getByLabel("Adresse qui reçoit aussi chaque avis de candidature").fill("stages-parcours");
            page.locator("#direction\\:save").click();
            page.waitForCondition(() -> page.locator("#direction\\:noticeEmail-error").textContent().length() > 0);
            assertEquals("true", page.locator("#direction\\:noticeEmail").getAttribute("aria-invalid"));
            accessible(page, "direction-error");

            page.getByLabel("Adresse qui reçoit aussi chaque avis de candidature").fill("stages-parcours@paris.example");
            page.locator("#direction\\:save").click();
            page.waitForCondition(() -> page.locator("#messages").textContent().contains("Adresse enregistrée"));
            accessible(page, "direction-saved");

            // the delay after which unanswered applications are flagged and recalled
            page.getByLabel("Nombre de jours sans réponse avant le rappel (1 à 90)").fill("120");
            submit(page, page.locator("#delay\\:save"));
            assertEquals("Indiquez un nombre de jours entre 1 et 90.",
                    page.locator("#delay\\:responseDays-error").textContent());
            page.getByLabel("Nombre de jours sans réponse avant le rappel (1 à 90)").fill("10");
            page.locator("#delay\\:save").click();
            page.waitForCondition(() -> page.locator("#messages").textContent().contains("Délai enregistré : 10 jours."));

            // the platform's templates, until the direction rewrites one: then all become the direction's
            assertTrue(page.getByText("Votre direction utilise les modèles de la plateforme.").first().isVisible());
            submit(page, page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Modifier le modèle « Stage pourvu »")));
            page.getByLabel("Texte en français").fill("");
            submit(page, page.locator("#template\\:save"));
            assertTrue(page.locator("#template\\:french-error").textContent().startsWith("Écrivez le texte français"));
            page.getByLabel("Texte en français").fill("Le stage est pourvu : merci de votre intérêt.");
            page.locator("#template\\:save").click();
            page.waitForCondition(() -> page.locator("#messages").textContent().contains("Modèle « Stage pourvu » enregistré."));
            assertTrue(page.getByText("Le stage est pourvu : merci de votre intérêt.").isVisible());
            // « Stage pourvu » is of its own kind (offer filled): that kind's words are the direction's own now,
            // the rejections and invitations still the platform's
            assertEquals(1, page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName(java.util.regex.Pattern.compile("^Supprimer le modèle"))).count(), "the direction's own now");
            assertEquals(2, page.getByText("Votre direction utilise les modèles de la plateforme.").count());
            accessible(page, "direction-templates");
        }
    }

    /** Presses Tab until the element of that id has the focus (at most 80 times), as a keyboard user does. */
    /** The row of the back-office table that shows that title (-1: none). */
    private static int rowOf(Page page, String title) {
        List<String> rows = page.locator("tbody tr").allTextContents();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(title)) {
                return i;
            }
        }
        return -1;
    }

    private static void tabTo(Page page, String id) {
        for (int i = 0; i < 80; i++) {
            if (id.equals(page.evaluate("document.activeElement && document.activeElement.id"))) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("#" + id + " not reached with the Tab key");
    }

    private static void typeInto(Page page, String id, String text) {
        tabTo(page, id);
        page.keyboard().type(text);
    }

    /** A one-page PDF in a temporary file, as a candidate's CV to upload (the caller deletes it). */
    private static Path cvFile() throws java.io.IOException {
        Path pdf = Files.createTempFile("cv-", ".pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(pdf.toFile());
        }
        return pdf;
    }

    /**
     * Fills the application form as a person does (first and last name, e-mail, school, course, level value,
     * the convention answer's label), chooses the CV and sends; the confirmation page must follow.
     */
    private static void send(Page page, String[] answers, Path cv) {
        page.getByLabel("Prénom").fill(answers[0]);
        page.locator("#lastName").fill(answers[1]);
        page.getByLabel("Adresse électronique").fill(answers[2]);
        page.getByLabel("Établissement").fill(answers[3]);
        page.getByLabel("Formation suivie").fill(answers[4]);
        page.getByLabel("Niveau d'études").selectOption(answers[5]);
        page.getByLabel(answers[6]).check();
        page.locator("#cv").setInputFiles(cv);
        submit(page, page.getByText("Envoyer ma candidature"));
        assertTrue(page.url().contains("/offers/applied.xhtml?envoi="), "not sent: "
                + String.join(" | ", page.locator(".field-error, .errors").allTextContents()));
    }

    @Test
    void onAPhoneNoFieldOfTheFormForTwoSelectedOffersIsHiddenWhenItHasTheFocus() throws Exception {
        for (int width : new int[] {320, 1280}) {
            try (BrowserContext context = french(width, width == 320 ? 640 : 900)) {
                Page page = context.newPage();
                page.navigate(WebClient.BASE + WebClient.search(CODE));
                page.locator("button[data-select]").first().click();
                page.navigate(WebClient.BASE + WebClient.search(OTHER_CODE));
                page.locator("button[data-select]").first().click();
                page.getByText("Postuler aux offres sélectionnées").click();
                page.waitForURL(url -> url.contains("/offers/apply.xhtml?offres="));
                assertTrue(page.locator("#selection").isHidden(), "the form is the selection's way to apply: no bar");
                int reached = 0;
                for (int i = 0; i < 60 && !"send".equals(page.evaluate("document.activeElement.id")); i++) {
                    page.keyboard().press("Tab");
                    // the point at the middle of the focused element shows that element (not a bar over it)
                    Object covered = page.evaluate("() => { const e = document.activeElement; if (!e || e === document.body) return null;"
                            + " const r = e.getBoundingClientRect(); if (r.width === 0 || r.height === 0) return null;"
                            + " const p = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                            + " return p && (p === e || e.contains(p) || p.contains(e) || (e.labels && [...e.labels].some(l => l.contains(p))))"
                            + " ? null : (e.id || e.tagName) + ' under ' + (p ? (p.id || p.className || p.tagName) : 'nothing'); }");
                    assertNull(covered, width + " px: " + covered);
                    reached++;
                }
                assertEquals("send", page.evaluate("document.activeElement.id"), width + " px: the send button reached");
                assertTrue(reached > 10, "the form's fields were tabbed through: " + reached);
            }
        }
    }

    /**
     * French as candidates type it: a feminine form finds the offer written in the masculine or the inclusive
     * form, the beginning of a word finds the whole word, and an offer's reference (given by phone, printed on a
     * poster) finds that offer — typed in the search box of a real browser, as issue 22 saw them fail.
     */
    @Test
    void aCandidateFindsOffersByFeminineFormsBeginningsOfWordsAndReference() throws Exception {
        String gardener = TestDatabase.unique();
        String adviser = TestDatabase.unique();
        String reference = "PARC-" + (10_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(90_000));
        long referenced;
        try (TestDatabase db = TestDatabase.open()) {
            long direction = db.direction(TestDatabase.unique(), "Direction des mots " + gardener);
            db.offer(direction, "PUBLISHED", "Jardinier·e des serres " + gardener, LocalDate.now().plusDays(20));
            db.offer(direction, "PUBLISHED", "Conseiller numérique " + adviser, LocalDate.now().plusDays(20));
            referenced = db.offer(direction, "PUBLISHED", "Agent d'accueil des parcs", LocalDate.now().plusDays(20));
            db.reference(referenced, reference);
        }
        new WebClient().awaitBody(WebClient.search(reference), "/offers/offer.xhtml?id=" + referenced);
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + "/");
            for (String[] search : new String[][] {
                {"jardinière " + gardener, "Jardinier·e des serres " + gardener},
                {"Jardinières " + gardener, "Jardinier·e des serres " + gardener},
                {"jardin " + gardener, "Jardinier·e des serres " + gardener},
                {"conseillère " + adviser, "Conseiller numérique " + adviser},
                {"conseilleres " + adviser, "Conseiller numérique " + adviser},
                {reference, "Agent d'accueil des parcs"},
                {reference.toLowerCase(), "Agent d'accueil des parcs"}}) {
                page.getByLabel("Mots-clés").fill(search[0]);
                page.getByLabel("Mots-clés").press("Enter");
                page.waitForURL(url -> url.contains("q=" + java.net.URLEncoder.encode(search[0],
                        java.nio.charset.StandardCharsets.UTF_8)), new Page.WaitForURLOptions().setTimeout(10_000));
                awaitCount(page, "1 offre correspond");
                assertEquals(List.of(search[1]), page.locator("#results .offer-card h3").allTextContents().stream()
                        .map(String::strip).toList(), "« " + search[0] + " »");
            }
            accessible(page, "search-reference");
        }
    }

    @Test
    void englishPagesAndTheGoneForbiddenAndExpiredPagesPassTheScan() throws Exception {
        String english = TestDatabase.unique();
        long overdue;
        try (TestDatabase db = TestDatabase.open()) {
            long direction = db.direction(TestDatabase.unique(), "Direction des pages d'erreur " + CODE);
            overdue = db.offer(direction, "PUBLISHED", "Offre passée " + CODE, LocalDate.now().minusDays(3));
            // in a direction of its own: the one above is named after CODE, which the search journey looks for
            long translated = db.offer(db.direction(TestDatabase.unique(), "Direction traduite " + english),
                    "PUBLISHED", "Offre anglaise " + english, LocalDate.now().plusDays(9));
            db.englishNames(translated, "Test place " + english, "Test family " + english);
        }
        new WebClient().awaitBody(WebClient.search(english) + "&lang=en", "Test family " + english);
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            for (String path : new String[] {"/?lang=en", WebClient.search(CODE) + "&lang=en",
                "/spontaneous/apply.xhtml?lang=en", "/login.xhtml?lang=en"}) {
                page.navigate(WebClient.BASE + path);
                assertEquals("en", page.locator("html").getAttribute("lang"), path);
                accessible(page, "en" + path.replaceAll("[^a-z]", "-"));
            }
            // read as a browser shows them: outside what the directions wrote (marked lang="fr"), no French
            page.navigate(WebClient.BASE + WebClient.search(english) + "&lang=en");
            assertEquals(List.of(), frenchOnAnEnglishPage(page), "search");
            assertTrue(page.locator("main").textContent().contains("Test family " + english), "the job family filter");
            page.locator("a", new Page.LocatorOptions().setHasText("Offre anglaise " + english)).click();
            page.waitForURL("**/offers/offer.xhtml?id=*");
            assertEquals("en", page.locator("html").getAttribute("lang"));
            assertEquals(List.of(), frenchOnAnEnglishPage(page), "offer");
            assertTrue(page.locator("main").textContent().contains("Test place " + english));
            page.navigate(WebClient.BASE + "/spontaneous/apply.xhtml?lang=en");
            assertEquals(List.of(), frenchOnAnEnglishPage(page), "spontaneous application");

            page.navigate(WebClient.BASE + "/?lang=fr");
            com.microsoft.playwright.Response gone = page.navigate(WebClient.BASE + "/offers/offer.xhtml?id=" + overdue);
            assertEquals(410, gone.status());
            accessible(page, "gone");
            page.navigate(WebClient.BASE + "/errors/expired.xhtml");
            accessible(page, "expired");
            page.navigate(WebClient.BASE + "/backoffice/offers.xhtml");
            logIn(page, AGENT);
            com.microsoft.playwright.Response forbidden = page.navigate(WebClient.BASE + "/backoffice/mails.xhtml");
            assertEquals(403, forbidden.status(), "the office's page, to an agent");
            accessible(page, "forbidden");
        }
    }

    @Test
    void searchWorksWithoutJavaScript() throws Exception {
        try (BrowserContext context = Browsers.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR")
                .setViewportSize(1280, 900).setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + WebClient.search(CODE));
            assertEquals("1 offre correspond", page.locator("#result-count").textContent());
            page.getByLabel("Stage non gratifié").check();
            page.locator(".filters .apply-filters").click();
            page.waitForURL(url -> url.contains("gratification=non"));
            assertEquals("1 offre correspond", page.locator("#result-count").textContent());
            page.getByText("Effacer tous les filtres").click();
            page.waitForURL(url -> !url.contains("gratification"));
            assertEquals("1 offre correspond", page.locator("#result-count").textContent());
        }
    }

    @Test
    void anAgentLogsIn() throws Exception {
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + "/backoffice/offers.xhtml");
            assertTrue(page.url().endsWith("/login.xhtml"), page.url());
            accessible(page, "login");

            page.locator("#login\\:submit").click();
            assertTrue(page.locator("#login\\:username-error").textContent().contains("Saisissez votre identifiant."));
            for (String field : new String[] {"username", "password"}) {
                // each field names its own message: the id it points to exists and says what is wrong
                String described = page.locator("#login\\:" + field).getAttribute("aria-describedby");
                assertTrue(page.locator("[id='" + described + "']").textContent().startsWith("Saisissez votre"), field);
            }
            assertEquals("login-errors", page.evaluate("document.activeElement.id"), "the summary has the focus");
            assertTrue(page.locator("#login-errors").textContent().contains("corrigez les champs signalés"));
            accessible(page, "login-errors");

            logIn(page, AGENT);
            assertEquals("Offres de la direction", page.locator("h1").textContent());
            assertTrue(page.locator("table").textContent().contains(TITLE));
            accessible(page, "backoffice-offers");

            // every column sorts, by mouse and by keyboard, both ways ("médiation" before "navigation")
            Locator title = page.locator("th").filter(new Locator.FilterOptions().setHasText("Intitulé"));
            title.click();
            page.waitForCondition(() -> rowOf(page, OTHER_TITLE) < rowOf(page, TITLE));
            // said to assistive technologies too (PrimeFaces marks the header once the rows are in)
            page.waitForCondition(() -> "ascending".equals(title.getAttribute("aria-sort")));
            title.click();
            page.waitForCondition(() -> rowOf(page, OTHER_TITLE) > rowOf(page, TITLE));
            page.waitForCondition(() -> "descending".equals(title.getAttribute("aria-sort")));
            for (String column : new String[] {"Référence", "État", "Date limite", "Candidatures"}) {
                Locator header = page.locator("th").filter(new Locator.FilterOptions().setHasText(column));
                header.focus();
                page.keyboard().press("Enter");
                page.waitForCondition(() -> "ascending".equals(header.getAttribute("aria-sort")));
                assertEquals("Offres de la direction", page.locator("h1").textContent(), column);
                assertTrue(rowOf(page, TITLE) >= 0 && rowOf(page, OTHER_TITLE) >= 0, column);
                if (column.equals("Date limite")) {
                    assertTrue(rowOf(page, TITLE) < rowOf(page, OTHER_TITLE), "the nearer deadline first");
                }
            }
            accessible(page, "backoffice-offers-sorted");

            page.locator("a", new Page.LocatorOptions().setHasText(TITLE)).click();
            assertEquals(TITLE, page.locator("h1").textContent().strip());
            accessible(page, "backoffice-offer");

            page.navigate(WebClient.BASE + "/offers/offer.xhtml?id=999999999999999");
            assertEquals("Page introuvable", page.locator("h1").textContent());
            accessible(page, "not-found");

            for (String legal : new String[] {"Accessibilité : non conforme", "Mentions légales",
                "Données personnelles et cookies"}) {
                page.locator("footer a", new Page.LocatorOptions().setHasText(legal)).click();
                accessible(page, "legal-" + legal.substring(0, 6));
            }
        }
    }

    @Test
    void theInternshipOfficeReadsTheWaitingAndFailedMails() throws Exception {
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + "/login.xhtml");
            logIn(page, OFFICE);
            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Courriels").setExact(true)).click();
            page.waitForURL("**/backoffice/mails.xhtml");
            assertEquals("Courriels", page.locator("h1").textContent());
            assertEquals(List.of("Courriels en attente d'envoi", "Courriels renvoyés après une interruption",
                    "Courriels en échec", "Alertes de recherche des candidats"),
                    page.locator("h2").allTextContents().stream().map(String::strip).toList());
            assertTrue(page.locator("#mails\\:table").textContent().contains("@bounced.example"));
            // a mail a crash may have sent twice: the office can answer the candidate who received it twice
            com.microsoft.playwright.Locator interrupted = page.locator("#interrupted tr",
                    new Page.LocatorOptions().setHasText(INTERRUPTED));
            assertEquals(1, interrupted.count());
            assertTrue(interrupted.textContent().contains("Envoyé"), interrupted.textContent());
            accessible(page, "backoffice-mails");
        }
    }

    @Test
    void thePublicPagesReflowAt320PixelsAndStartWithASkipLink() throws Exception {
        try (BrowserContext context = french(320, 640)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + WebClient.search(CODE));
            screenshot(page, "search-320", false);
            assertNoHorizontalScroll(page);
            assertEquals(false, page.evaluate("document.getElementById('filters-panel').open"),
                    "on a phone the filters are folded: results come first");
            accessible(page, "search-320");
            page.keyboard().press("Tab");
            assertEquals("skip-link", page.evaluate("document.activeElement.className"));
            page.keyboard().press("Enter");
            assertEquals("contenu", page.evaluate("document.activeElement.id"), "the skip link moves focus to main");

            // with a filter chosen (the JavaScript journey is the 1280 px one): the panel folds, opens, reflows
            page.navigate(WebClient.BASE + WebClient.search(CODE) + "&gratification=non");
            // the « Affiner la recherche » arrow is drawn inside its line, not cut off at the screen's left edge
            assertTrue((Boolean) page.evaluate("(() => { const summary = document.querySelector('#filters-panel > "
                    + "summary'); const title = summary.querySelector('h2'); return summary.getBoundingClientRect()"
                    + ".left >= 0 && title.getBoundingClientRect().left - summary.getBoundingClientRect().left >= 8; })()"),
                    "room for the arrow before « Affiner la recherche »");
            openFilters(page);
            assertTrue(page.getByLabel("Stage non gratifié").isChecked());
            assertEquals("1 offre correspond", page.locator("#result-count").textContent());
            assertNoHorizontalScroll(page);
            accessible(page, "search-filters-320");

            page.locator("a", new Page.LocatorOptions().setHasText(TITLE)).click();
            screenshot(page, "offer-320", true);
            assertNoHorizontalScroll(page);
            accessible(page, "offer-320");

            page.getByText("Postuler à cette offre").click();
            page.waitForURL(url -> url.contains("/offers/apply.xhtml?offres="));
            assertNoHorizontalScroll(page);
            accessible(page, "apply-320");
            // a date field keeps the site's focus outline while the focus is in one of its parts: on the calendar
            // button (after day, month and year) the field no longer matches :focus-visible, and without the
            // field's own rule its outline was gone (checked with that rule removed: « none »)
            page.locator("#wishedStart").focus();
            for (int part = 0; part < 3; part++) {
                page.keyboard().press("Tab");
            }
            assertEquals(false, page.evaluate("document.getElementById('wishedStart').matches(':focus-visible')"),
                    "on the calendar button");
            assertEquals("wishedStart", page.evaluate("document.activeElement.id"), "still inside the date field");
            assertEquals("solid 3px", page.evaluate("(() => { const s = getComputedStyle(document.getElementById("
                    + "'wishedStart')); return s.outlineStyle + ' ' + s.outlineWidth; })()"));

            page.navigate(WebClient.BASE + "/spontaneous/apply.xhtml");
            assertNoHorizontalScroll(page);
            accessible(page, "spontaneous-320");
        }
    }

    /** Unfolds the filters panel as a phone user does, and waits until it is open. */
    private static void openFilters(Page page) {
        page.locator("#filters-panel > summary").click();
        page.waitForCondition(() -> Boolean.TRUE.equals(
                page.evaluate("document.getElementById('filters-panel').open")),
                new Page.WaitForConditionOptions().setTimeout(5_000));
    }

    /**
     * The visible texts of the page that are not inside what the directions wrote (lang="fr") and yet read as
     * French: accented letters, or French words of the interface. Labels, values, buttons and hidden texts for
     * screen readers (aria-label, visually hidden spans) included.
     */
    @SuppressWarnings("unchecked")
    private static List<String> frenchOnAnEnglishPage(Page page) {
        return (List<String>) page.evaluate("""
                () => {
                  const french = new RegExp('[àâçéèêëîïôûùœ]|\\\\b(de|des|du|le|la|les|et|pour|avec|offres?|lieu|métiers?'
                      + '|candidatures?|postuler|semaines?|heures?|gratifiée?|aucune?|rechercher|envoyer|retour|accueil)\\\\b', 'i');
                  const found = [];
                  const outside = node => { const marked = node.closest('[lang]'); return !marked || marked.lang.startsWith('en'); };
                  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const text = node.textContent.trim();
                    if (text && node.parentElement.closest('script, style, noscript') === null
                        && outside(node.parentElement) && french.test(text)) found.push(text);
                  }
                  for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], input[type=submit]')) {
                    for (const name of ['aria-label', 'title', 'placeholder', 'value']) {
                      const value = element.getAttribute(name);
                      if (value && (name !== 'value' || element.type === 'submit') && outside(element) && french.test(value)) {
                        found.push(name + '=' + value);
                      }
                    }
                  }
                  return found;
                }""");
    }

    private static void awaitCount(Page page, String count) {
        page.waitForCondition(() -> count.equals(page.locator("#result-count").textContent()),
                new Page.WaitForConditionOptions().setTimeout(10_000));
    }

    /** A browser whose user prefers French, with a window of that size. */
}

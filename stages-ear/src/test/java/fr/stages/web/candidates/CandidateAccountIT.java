package fr.stages.web.candidates;

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
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import fr.stages.web.Browsers;
import fr.stages.web.Ear;
import fr.stages.web.TestDatabase;
import fr.stages.web.WebClient;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
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
 * A candidate's account in Chromium, with the mails read in the catcher: the sign-in link asked for, opened (a
 * scanner's GET spends nothing), confirmed; the applications sent earlier with the address are there; an agent
 * opens one and the candidate reads « Lue par le service »; the other is withdrawn and its service told; the link
 * replayed is refused; a candidate's session reaches no back-office page and an agent's no candidate page; the
 * links asked too often are refused with the minutes to wait. axe-core on every page, at 1280 and 320 px.
 */
@ExtendWith(ArquillianExtension.class)
class CandidateAccountIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Ear.built();
    }

    private static final Pattern LINK = Pattern.compile("(/compte/lien\\.xhtml\\?jeton=[A-Za-z0-9_-]+)");
    private static final String MARK = TestDatabase.unique();
    private static final String CANDIDATE = MARK.toLowerCase() + "@candidats.example";
    private static final String AGENT = TestDatabase.unique().toLowerCase() + "@agents-comptes.example";
    private static final String FIRST = "Stage des jardins " + MARK;
    private static final String SECOND = "Stage des archives " + MARK;
    private static long first;
    private static long second;
    private static long stranger;
    private static long offer1;
    private static long spontaneous;
    private static GreenMail smtp;

    @BeforeAll
    static void twoApplicationsSentBeforeAnyAccount() throws Exception {
        try (TestDatabase db = TestDatabase.open()) {
            long direction = db.direction(TestDatabase.unique(), "Direction des comptes " + MARK);
            db.agent(AGENT, "agent", direction);
            offer1 = db.offer(direction, "PUBLISHED", FIRST, LocalDate.now().plusDays(20));
            long offer2 = db.offer(direction, "PUBLISHED", SECOND, LocalDate.now().plusDays(20));
            first = db.application(offer1, "Inès", CANDIDATE, "fr", 3);
            second = db.application(offer2, "Inès", CANDIDATE, "fr", 2);
            db.receiptSent(first, CANDIDATE);
            // someone else's, on the same offer: never shown to our candidate
            stranger = db.application(offer1, "Autre", TestDatabase.unique().toLowerCase() + "@autres.example", "fr", 1);
            spontaneous = db.spontaneous(direction, db.jobFamily("Famille " + MARK), "Inès", CANDIDATE);
        }
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
    void signInByLinkFollowTheApplicationsAndWithdrawOne() throws Exception {
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + "/compte/candidatures.xhtml");
            page.waitForURL("**/compte/connexion.xhtml");
            assertTrue(context.cookies().stream().noneMatch(c -> c.name.equals("JSESSIONID")),
                    "no session before the sign-in");
            accessible(page, "candidate-sign-in");
            page.setViewportSize(320, 800);
            assertNoHorizontalScroll(page);
            page.setViewportSize(1280, 900);

            page.getByLabel("Votre adresse électronique").fill("pas-une-adresse");
            submit(page, page.locator("#connexion\\:send"));
            assertEquals("true", page.locator("#connexion\\:email").getAttribute("aria-invalid"));
            assertTrue(page.locator("#connexion\\:email-error").textContent().contains("n'est pas valide"));
            accessible(page, "candidate-sign-in-error");

            page.getByLabel("Votre adresse électronique").fill(CANDIDATE.toUpperCase());
            submit(page, page.locator("#connexion\\:send"));
            assertTrue(page.locator("#sent").textContent().contains("un lien de connexion vient d'y être envoyé"));
            assertTrue(context.cookies().stream().noneMatch(c -> c.name.equals("JSESSIONID")),
                    "still no session: asking for a link is stateless");
            accessible(page, "candidate-link-sent");

            awaitMail(() -> !received(smtp, CANDIDATE).isEmpty(), "the sign-in link");
            MimeMessage mail = received(smtp, CANDIDATE).get(0);
            assertEquals("Votre lien de connexion à Stages", subject(mail));
            String link = link(mail);

            // a mail scanner opens the link: nothing is spent
            HttpResponse<String> scanned = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(WebClient.BASE + link)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, scanned.statusCode());
            assertTrue(scanned.body().contains(CANDIDATE), "the page names the address");
            page.navigate(WebClient.BASE + link);
            assertTrue(page.locator("#which").textContent().contains(CANDIDATE));
            accessible(page, "candidate-link");
            submit(page, page.locator("#lien\\:confirm"));
            page.waitForURL("**/compte/candidatures.xhtml");

            // the applications sent before the account existed are there; nobody else's
            assertEquals("Mes candidatures", page.locator("h1").textContent());
            assertTrue(page.locator("#signed-in").textContent().contains(CANDIDATE));
            assertEquals("2 candidatures à des offres", page.locator("#offers-title").textContent());
            assertEquals("Une candidature spontanée", page.locator("#spontaneous-title").textContent());
            assertFalse(page.content().contains("Autre Testeur"));
            assertEquals(List.of("Reçue : le service ne l'a pas encore ouverte", "Reçue : le service ne l'a pas encore ouverte"),
                    page.locator(".my-application .status").allTextContents());
            accessible(page, "candidate-applications");
            // the page as the candidate opens it is filled from its frame (MyApplicationsFrames): the same bytes as
            // Faces writes, and nothing of this candidate kept in the frame (another candidate's page below)
            com.microsoft.playwright.APIResponse framed = page.request().get(WebClient.BASE + "/compte/candidatures.xhtml");
            com.microsoft.playwright.APIResponse rendered = page.request().get(WebClient.BASE + "/compte/candidatures.xhtml",
                    com.microsoft.playwright.options.RequestOptions.create().setHeader("X-Stages-Render", "faces"));
            assertEquals("frame", framed.headers().get("x-stages-render"));
            assertEquals("faces", rendered.headers().get("x-stages-render"));
            assertEquals(rendered.text(), framed.text());
            try (TestDatabase db = TestDatabase.open()) {
                assertEquals("2", db.one("select count(*) from application where account_id is not null and email = ?", CANDIDATE));
                assertEquals("0", db.one("select count(*) from application where account_id is not null and id = ?", stranger));
            }

            // an agent opens the first one: the candidate reads that the service has read it
            try (BrowserContext agentContext = french(1280, 900)) {
                Page agent = agentContext.newPage();
                agent.navigate(WebClient.BASE + "/backoffice/application.xhtml?id=" + first);
                logIn(agent, AGENT);
                agent.waitForURL("**/backoffice/application.xhtml?id=" + first);
                // an agent's session is not a candidate's
                Response refused = agent.navigate(WebClient.BASE + "/compte/candidatures.xhtml");
                assertEquals(403, refused.status());
            }
            page.reload();
            assertEquals("Lue par le service", page.locator("#candidature-" + reference(first) + " .status").textContent());

            // invited: the interview, and its calendar file for the candidate's own calendar
            try (TestDatabase db = TestDatabase.open()) {
                db.invite(first, java.time.LocalDateTime.of(LocalDate.now().plusDays(10), java.time.LocalTime.of(10, 30)),
                        "Hôtel de Ville, salle 12");
            }
            page.reload();
            assertEquals("Entretien proposé", page.locator("#candidature-" + reference(first) + " .status").textContent());
            String firstBlock = "#candidature-" + reference(first);
            com.microsoft.playwright.Download calendar = page.waitForDownload(() -> page.locator(
                    firstBlock + " a.ics").click());
            String ics = java.nio.file.Files.readString(calendar.path());
            assertTrue(ics.contains("METHOD:PUBLISH") && ics.contains("LOCATION:Hôtel de Ville\\, salle 12")
                    && ics.contains("T103000"), ics);
            assertTrue(ics.replace("\r\n ", "").contains("SUMMARY:Entretien de stage : « " + FIRST + " »"), ics);
            // another person's application has no calendar here
            assertEquals(404, page.request().get(WebClient.BASE + "/compte/entretien.ics?candidature=" + stranger).status());

            // a candidate's session is not an agent's
            Page other = context.newPage();
            Response backOffice = other.navigate(WebClient.BASE + "/backoffice/offers.xhtml");
            assertEquals(403, backOffice.status());
            other.close();

            // withdraw the other one: asked, cancelled, asked again, confirmed, told
            submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Retirer ma candidature à l'offre « " + SECOND + " »")));
            submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annuler")));
            assertEquals(0, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirmer le retrait")).count());
            assertEquals(List.of("Entretien proposé", "Reçue : le service ne l'a pas encore ouverte").stream().sorted().toList(),
                    page.locator(".my-application .status").allTextContents().stream().sorted().toList(), "nothing withdrawn");
            submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Retirer ma candidature à l'offre « " + SECOND + " »")));
            accessible(page, "candidate-withdraw-confirm");
            submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirmer le retrait")));
            assertTrue(page.locator("#messages").textContent().contains("à l'offre « " + SECOND + " » est retirée"));
            assertEquals("Retirée", page.locator("#candidature-" + reference(second) + " .status").textContent());
            try (TestDatabase db = TestDatabase.open()) {
                assertEquals("WITHDRAWN", db.statusOf(second));
                assertEquals("INVITED", db.statusOf(first));
            }
            awaitSent(second, "the service told of the withdrawal");
            // the confirmation's POST with another person's application (a forged id): not found, nothing changed
            com.microsoft.playwright.APIResponse forged = page.request().post(WebClient.BASE + "/compte/retrait",
                    com.microsoft.playwright.options.RequestOptions.create().setMaxRedirects(0)
                            .setHeader("Origin", WebClient.BASE)
                            .setForm(com.microsoft.playwright.options.FormData.create()
                                    .set("candidature", String.valueOf(stranger)).set("action", "confirmer")));
            assertEquals(302, forged.status());
            assertTrue(forged.headers().get("location").endsWith("/compte/candidatures.xhtml?erreur=introuvable"),
                    forged.headers().get("location"));
            try (TestDatabase db = TestDatabase.open()) {
                assertEquals("RECEIVED", db.statusOf(stranger));
            }
            page.navigate(WebClient.BASE + "/compte/candidatures.xhtml?erreur=introuvable");
            assertTrue(page.locator("#messages").textContent().contains("n'existe pas ou n'est pas la vôtre"));

            // the mails sent about each application are listed with it
            page.reload();
            page.locator("#candidature-" + reference(first) + " summary").click();
            assertEquals("Un courriel reçu à son sujet", page.locator("#candidature-" + reference(first) + " summary").textContent());
            assertTrue(page.locator("#candidature-" + reference(first) + " details li").textContent()
                    .startsWith("Accusé de réception de candidature – Envoyé"),
                    page.locator("#candidature-" + reference(first) + " details li").textContent());
            assertEquals(0, page.locator("#candidature-" + reference(second) + " details").count(),
                    "the notice of its withdrawal went to the service, not to the candidate");

            // the spontaneous application withdrawn: out of the directions' pool at once
            submit(page, page.locator("#spontanee-" + spontaneousReference() + " button"));
            accessible(page, "candidate-withdraw-spontaneous-confirm");
            submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirmer le retrait")));
            assertTrue(page.locator("#messages").textContent().contains("les directions ne la voient plus"));
            assertEquals("Aucune candidature spontanée", page.locator("#spontaneous-title").textContent());
            try (TestDatabase db = TestDatabase.open()) {
                assertEquals("0", db.one("select count(*) from spontaneous_application where id = ?", spontaneous));
            }

            // applying again starts from the profile: address, identity, studies of the last application
            page.navigate(WebClient.BASE + "/offers/apply.xhtml?offres=" + offer1);
            assertTrue(page.locator("#prefilled").isVisible());
            assertEquals(CANDIDATE, page.locator("#email").inputValue());
            assertEquals("Inès", page.locator("#firstName").inputValue());
            assertEquals("Testeur", page.locator("#lastName").inputValue());
            assertEquals("Université de test", page.locator("#school").inputValue());
            accessible(page, "candidate-apply-prefilled");
            page.navigate(WebClient.BASE + "/compte/candidatures.xhtml");

            // 320 px: nothing overflows
            page.setViewportSize(320, 800);
            assertNoHorizontalScroll(page);
            accessible(page, "candidate-applications-320");

            // the link used once does not sign in again
            page.navigate(WebClient.BASE + link);
            assertTrue(page.locator("#unusable").textContent().contains("n'est plus valable"));

            // signed out: the pages ask for a sign-in again
            page.navigate(WebClient.BASE + "/compte/candidatures.xhtml");
            submit(page, page.locator("#account\\:signOut"));
            assertTrue(page.url().contains("/compte/connexion.xhtml?deconnecte=1"));
            page.navigate(WebClient.BASE + "/compte/candidatures.xhtml");
            page.waitForURL("**/compte/connexion.xhtml");
        }
    }

    @Test
    void linksAskedTooOftenForOneAddressAreRefusedWithTheWait() throws Exception {
        String address = TestDatabase.unique().toLowerCase() + "@souvent.example";
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            for (int i = 0; i < 5; i++) {
                page.navigate(WebClient.BASE + "/compte/connexion.xhtml");
                page.getByLabel("Votre adresse électronique").fill(address);
                submit(page, page.locator("#connexion\\:send"));
                assertTrue(page.locator("#sent").isVisible(), "link " + (i + 1));
            }
            page.navigate(WebClient.BASE + "/compte/connexion.xhtml");
            page.getByLabel("Votre adresse électronique").fill(address);
            submit(page, page.locator("#connexion\\:send"));
            assertTrue(page.locator("#connexion\\:email-error").textContent()
                    .matches("Plusieurs liens ont déjà été envoyés à cette adresse il y a peu : utilisez le dernier "
                            + "reçu, ou réessayez dans (une minute|\\d+ minutes)\\."),
                    page.locator("#connexion\\:email-error").textContent());
            accessible(page, "candidate-sign-in-throttled");
        }
        awaitMail(() -> received(smtp, address).size() == 5, "five links, not six");
        Thread.sleep(2_000);
        assertEquals(5, received(smtp, address).size());
    }

    @Test
    void anEnglishVisitorGetsTheLinkAndTheSpaceInEnglish() throws Exception {
        String address = TestDatabase.unique().toLowerCase() + "@english.example";
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + "/compte/connexion.xhtml?lang=en");
            assertEquals("My candidate space", page.locator("h1").textContent());
            accessible(page, "candidate-sign-in-en");
            page.getByLabel("Your e-mail address").fill(address);
            submit(page, page.locator("#connexion\\:send"));
            assertTrue(page.locator("#sent").textContent().contains("a sign-in link has just been sent to it"));
            awaitMail(() -> !received(smtp, address).isEmpty(), "the English link");
            MimeMessage mail = received(smtp, address).get(0);
            assertEquals("Your sign-in link to Stages", subject(mail));
            page.navigate(WebClient.BASE + link(mail));
            assertEquals("Signing in to your candidate space", page.locator("h1").textContent());
            submit(page, page.locator("#lien\\:confirm"));
            page.waitForURL("**/compte/candidatures.xhtml");
            assertEquals("My applications", page.locator("h1").textContent());
            assertEquals("No application to an offer", page.locator("#offers-title").textContent());
            accessible(page, "candidate-applications-en");
        }
    }

    @Test
    void aProfileAndStoredCvsMakeApplyingToTwoOffersOneStep() throws Exception {
        String address = TestDatabase.unique().toLowerCase() + "@cv.example";
        long offerA;
        long offerB;
        try (TestDatabase db = TestDatabase.open()) {
            long direction = db.direction(TestDatabase.unique(), "Direction des CV " + MARK);
            offerA = db.offer(direction, "PUBLISHED", "Stage urbanisme " + MARK, LocalDate.now().plusDays(20));
            offerB = db.offer(direction, "PUBLISHED", "Stage paysage " + MARK, LocalDate.now().plusDays(20));
        }
        byte[] pdf = TestDatabase.onePagePdf();
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            signIn(page, address);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mon profil et mes CV")).click();
            page.waitForURL("**/compte/profil.xhtml");
            assertEquals("Mon profil et mes CV", page.locator("h1").textContent());
            assertEquals("page", page.locator(".account-nav a[aria-current]").getAttribute("aria-current"));
            assertEquals("Mes CV (0 sur 3)", page.locator("#cvs-title").textContent());
            accessible(page, "candidate-profile");

            // the profile: a phone the forms refuse is refused here, next to it; then saved
            page.getByLabel("Prénom").fill("Léa");
            page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill("Durand");
            page.getByLabel("Téléphone (facultatif)").fill("appelez-moi");
            submit(page, page.locator("#profile\\:save"));
            assertEquals("true", page.locator("#profile\\:phone").getAttribute("aria-invalid"));
            assertTrue(page.locator("#profile\\:phone-error").textContent().contains("que des chiffres"));
            accessible(page, "candidate-profile-refused");
            page.getByLabel("Téléphone (facultatif)").fill("01 23 45 67 89");
            page.getByLabel("Établissement").fill("Sorbonne Université");
            page.getByLabel("Formation suivie").fill("Master 1 urbanisme");
            page.getByLabel("Niveau d'études").selectOption("BAC_4");
            submit(page, page.locator("#profile\\:save"));
            assertTrue(page.locator("#messages").textContent().contains("Votre profil est enregistré"));
            try (TestDatabase db = TestDatabase.open()) {
                assertEquals("Léa Durand 01 23 45 67 89 BAC_4", db.one("select first_name || ' ' || last_name || ' '"
                        + " || phone || ' ' || education_level from candidate_account where email = ?", address));
            }

            // a CV to keep: no name and a file that is not a PDF, each refused next to its field; nothing kept
            page.locator("#cvFile").setInputFiles(new com.microsoft.playwright.options.FilePayload("cv.pdf",
                    "application/pdf", "pas un PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            submit(page, page.locator("#store"));
            assertEquals("Donnez un nom à ce CV.", page.locator("#cvName-error").textContent());
            assertEquals("true", page.locator("#cvName").getAttribute("aria-invalid"));
            assertTrue(page.locator("#cvFile-error").textContent().contains("n'est pas un PDF"),
                    page.locator("#cvFile-error").textContent());
            accessible(page, "candidate-cv-refused");
            try (TestDatabase db = TestDatabase.open()) {
                assertEquals("0", db.one("select count(*) from stored_cv c join candidate_account a on a.id = c.account_id"
                        + " where a.email = ?", address));
            }
            for (String name : new String[] {"CV urbanisme", "CV anglais"}) {
                page.locator("#cvName").fill(name);
                page.locator("#cvFile").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                        "mon cv.pdf", "application/pdf", pdf));
                submit(page, page.locator("#store"));
                assertTrue(page.locator("#cv-stored").isVisible(), String.join(" | ",
                        page.locator(".field-error, .errors").allTextContents()));
            }
            assertEquals("Mes CV (2 sur 3)", page.locator("#cvs-title").textContent());
            assertEquals(List.of("CV urbanisme", "CV anglais"), page.locator(".stored-cv h3").allTextContents());
            accessible(page, "candidate-cvs");

            // renamed: an empty name refused next to it, then a good one
            String second = page.locator(".stored-cv").nth(1).getAttribute("id").substring(3);
            page.locator("#nom-" + second).fill(" ");
            submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Renommer le CV « CV anglais »")));
            assertEquals("Donnez un nom à ce CV.", page.locator("#nom-" + second + "-error").textContent());
            assertEquals("true", page.locator("#nom-" + second).getAttribute("aria-invalid"));
            page.locator("#nom-" + second).fill("CV in English");
            submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Renommer le CV « CV anglais »")));
            assertTrue(page.locator("#messages").textContent().contains("« CV in English »"));

            // downloaded by its owner; an id that is not theirs is not found
            String first = page.locator(".stored-cv").first().getAttribute("id").substring(3);
            com.microsoft.playwright.APIResponse own = page.request().get(WebClient.BASE + "/compte/cv.pdf?id=" + first);
            assertEquals(200, own.status());
            assertTrue(new String(own.body(), 0, 5).startsWith("%PDF"));
            assertEquals("nosniff", own.headers().get("x-content-type-options"));
            assertEquals(404, page.request().get(WebClient.BASE + "/compte/cv.pdf?id=" + (Long.parseLong(first) + 7_777_777)).status());

            // apply to two offers at once: the form starts from the profile, the first CV chosen
            page.navigate(WebClient.BASE + "/offers/apply.xhtml?offres=" + offerA + "," + offerB);
            assertEquals("Léa", page.locator("#firstName").inputValue());
            assertEquals("01 23 45 67 89", page.locator("#phone").inputValue());
            assertTrue(page.getByLabel("Mon CV « CV urbanisme » (mon-cv.pdf)").isChecked());
            accessible(page, "candidate-apply-stored-cv");
            page.getByLabel("Oui").check();
            // a forged choice (another id) is refused next to the CV, the form kept
            page.evaluate("id => document.getElementById('cvStored-' + id).value = String(Number(id) + 7777777)", first);
            submit(page, page.locator("#send"));
            assertTrue(page.locator("#cv-error").textContent().contains("n'est plus dans votre espace"),
                    page.locator("#cv-error").textContent());
            assertEquals("Léa", page.locator("#firstName").inputValue());
            page.getByLabel("Mon CV « CV urbanisme » (mon-cv.pdf)").check();
            page.getByLabel("Oui").check();
            submit(page, page.locator("#send"));
            assertTrue(page.url().contains("/offers/applied.xhtml?envoi="), String.join(" | ",
                    page.locator(".field-error, .errors").allTextContents()));
            // both in « Mes candidatures » (sent with the proved address, they join the account)
            page.navigate(WebClient.BASE + "/compte/candidatures.xhtml");
            assertEquals("2 candidatures à des offres", page.locator("#offers-title").textContent());
            try (TestDatabase db = TestDatabase.open()) {
                assertEquals("2", db.one("select count(*) from application where email = ? and account_id is not null"
                        + " and first_name = 'Léa' and education_level = 'BAC_4'", address));
                assertEquals("1", db.one("select count(distinct cv_id) from application where email = ?", address));
                // the applications' CV is a copy of the stored one: same bytes, its own row
                assertEquals("1 0", db.one("select count(*) || ' ' || sum(case when a.cv_id = c.document_id then 1 else 0 end)"
                        + " from (select distinct cv_id from application where email = ?) a"
                        + " join document d on d.id = a.cv_id join stored_cv c on c.id = ?"
                        + " join document s on s.id = c.document_id and s.sha256 = d.sha256", address, Long.parseLong(first)));
            }

            // deleted: asked, confirmed; the applications keep their copy
            page.navigate(WebClient.BASE + "/compte/profil.xhtml");
            submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Supprimer le CV « CV urbanisme »")));
            accessible(page, "candidate-cv-delete-confirm");
            submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirmer la suppression")));
            assertTrue(page.locator("#messages").textContent().contains("« CV urbanisme » est supprimé"));
            assertEquals(List.of("CV in English"), page.locator(".stored-cv h3").allTextContents());
            try (TestDatabase db = TestDatabase.open()) {
                assertEquals("0", db.one("select count(*) from stored_cv where id = ?", Long.parseLong(first)));
                assertEquals("2", db.one("select count(*) from application a join document d on d.id = a.cv_id"
                        + " where a.email = ?", address));
            }
            page.setViewportSize(320, 800);
            assertNoHorizontalScroll(page);
            accessible(page, "candidate-profile-320");
        }
    }

    /** Asks a link for that address, reads it in the catcher and confirms it: the candidate's space. */
    private static void signIn(Page page, String address) throws Exception {
        int before = received(smtp, address).size();
        page.navigate(WebClient.BASE + "/compte/connexion.xhtml");
        page.getByLabel("Votre adresse électronique").fill(address);
        submit(page, page.locator("#connexion\\:send"));
        awaitMail(() -> received(smtp, address).size() > before, "the sign-in link");
        page.navigate(WebClient.BASE + link(received(smtp, address).get(before)));
        submit(page, page.locator("#lien\\:confirm"));
        page.waitForURL("**/compte/candidatures.xhtml");
        // their own page, whoever's visit rendered the page's frame first (MyApplicationsFrames)
        assertTrue(page.locator("#signed-in").textContent().contains(address));
        assertTrue(address.equals(CANDIDATE) || !page.content().contains(CANDIDATE), "another candidate's address");
    }

    @Test
    void theCandidateDownloadsTheirDataThenErasesEverything() throws Exception {
        String address = TestDatabase.unique().toLowerCase() + "@efface.example";
        long pending;
        long answered;
        long spontaneous;
        List<String> files;
        String storedFile;
        try (TestDatabase db = TestDatabase.open()) {
            long direction = db.direction(TestDatabase.unique(), "Direction des données " + MARK);
            db.agent(TestDatabase.unique().toLowerCase() + "@agents-donnees.example", "agent", direction);
            long offer = db.offer(direction, "PUBLISHED", "Stage des données " + MARK, LocalDate.now().plusDays(20));
            long other = db.offer(direction, "PUBLISHED", "Stage des registres " + MARK, LocalDate.now().plusDays(20));
            pending = db.application(offer, "Zoé", address, "fr", 4);
            answered = db.application(other, "Zoé", address, "fr", 5);
            db.reject(answered);
            db.receiptSent(pending, address);
            spontaneous = db.spontaneous(direction, db.jobFamily("Famille données " + MARK), "Zoé", address);
            files = List.of(db.one("select cv_id from application where id = ?", pending),
                    db.one("select cv_id from application where id = ?", answered),
                    db.one("select cv_id from spontaneous_application where id = ?", spontaneous));
        }
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            signIn(page, address);
            // a CV kept in the space: exported, then erased with the rest
            page.navigate(WebClient.BASE + "/compte/profil.xhtml");
            page.locator("#cvName").fill("Mon CV données");
            page.locator("#cvFile").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                    "cv.pdf", "application/pdf", TestDatabase.onePagePdf()));
            submit(page, page.locator("#store"));
            assertTrue(page.locator("#cv-stored").isVisible());
            try (TestDatabase db = TestDatabase.open()) {
                db.searchAlert(address, "Mon alerte données", "q=archives", java.time.LocalDateTime.now());
                storedFile = db.one("select c.document_id from stored_cv c join candidate_account a on a.id = c.account_id"
                        + " where a.email = ?", address);
            }
            page.navigate(WebClient.BASE + "/compte/candidatures.xhtml");

            // the export: one JSON of everything, and the files
            com.microsoft.playwright.Download download = page.waitForDownload(
                    () -> page.locator("#export").click());
            assertEquals("stages-mes-donnees.zip", download.suggestedFilename());
            java.util.Map<String, byte[]> entries = new java.util.TreeMap<>();
            try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
                    java.nio.file.Files.newInputStream(download.path()))) {
                for (java.util.zip.ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                    entries.put(entry.getName(), zip.readAllBytes());
                }
            }
            String pendingRef = reference(pending);
            String answeredRef = reference(answered);
            String spontaneousRef;
            try (TestDatabase db = TestDatabase.open()) {
                spontaneousRef = db.one("select reference from spontaneous_application where id = ?", spontaneous);
            }
            assertEquals(new java.util.TreeSet<>(List.of("donnees.json", "fichiers/" + pendingRef + "-cv.pdf",
                    "fichiers/" + answeredRef + "-cv.pdf", "fichiers/" + spontaneousRef + "-cv.pdf",
                    "fichiers/cv-enregistre-1.pdf")), entries.keySet());
            assertTrue(new String(entries.get("fichiers/" + pendingRef + "-cv.pdf"), 0, 5).startsWith("%PDF"));
            com.google.gson.JsonObject json = com.google.gson.JsonParser.parseString(
                    new String(entries.get("donnees.json"), java.nio.charset.StandardCharsets.UTF_8)).getAsJsonObject();
            assertEquals("stages-candidate-export/1", json.get("format").getAsString());
            assertEquals(address, json.getAsJsonObject("account").get("email").getAsString());
            com.google.gson.JsonArray applications = json.getAsJsonArray("applications");
            assertEquals(2, applications.size());
            com.google.gson.JsonObject first = applications.get(0).getAsJsonObject(); // newest first: the pending one
            assertEquals(pendingRef, first.get("reference").getAsString());
            assertEquals("Stage des données " + MARK, first.getAsJsonObject("offer").get("title").getAsString());
            assertEquals("RECEIVED", first.get("status").getAsString());
            com.google.gson.JsonObject identity = first.getAsJsonObject("candidate");
            assertEquals("Zoé", identity.get("firstName").getAsString());
            assertEquals("Testeur", identity.get("lastName").getAsString());
            assertEquals(address, identity.get("email").getAsString());
            assertEquals("Université de test", identity.get("school").getAsString());
            assertEquals("Master de test", identity.get("course").getAsString());
            assertEquals("BAC_5", identity.get("educationLevel").getAsString());
            assertEquals("Je suis très motivé·e.", first.get("message").getAsString());
            assertFalse(first.get("talentPoolConsent").getAsBoolean());
            assertEquals("fichiers/" + pendingRef + "-cv.pdf",
                    first.getAsJsonArray("files").get(0).getAsJsonObject().get("path").getAsString());
            assertEquals(64, first.getAsJsonArray("files").get(0).getAsJsonObject().get("sha256").getAsString().length());
            assertEquals("APPLICATION_RECEIVED", first.getAsJsonArray("mails").get(0).getAsJsonObject().get("kind").getAsString());
            assertEquals("SENT", first.getAsJsonArray("mails").get(0).getAsJsonObject().get("status").getAsString());
            assertEquals("REJECTED", applications.get(1).getAsJsonObject().get("status").getAsString());
            com.google.gson.JsonObject spont = json.getAsJsonArray("spontaneousApplications").get(0).getAsJsonObject();
            assertEquals(spontaneousRef, spont.get("reference").getAsString());
            assertEquals("Direction des données " + MARK, spont.getAsJsonArray("directions").get(0).getAsString());
            assertEquals("Famille données " + MARK, spont.getAsJsonArray("jobFamilies").get(0).getAsString());
            assertEquals(2, json.getAsJsonArray("consents").size());
            com.google.gson.JsonObject profile = json.getAsJsonObject("profile");
            assertFalse(profile.get("saved").getAsBoolean(), "never saved: the latest application's identity");
            assertEquals("Zoé", profile.get("firstName").getAsString());
            com.google.gson.JsonObject kept = json.getAsJsonArray("storedCvs").get(0).getAsJsonObject();
            assertEquals("Mon CV données", kept.get("name").getAsString());
            assertEquals("fichiers/cv-enregistre-1.pdf", kept.get("path").getAsString());
            assertEquals(entries.get("fichiers/cv-enregistre-1.pdf").length, kept.get("bytes").getAsInt());
            com.google.gson.JsonObject alert = json.getAsJsonArray("alerts").get(0).getAsJsonObject();
            assertEquals("Mon alerte données", alert.get("name").getAsString());
            assertEquals("q=archives", alert.get("search").getAsString());
            assertEquals("DAILY", alert.get("frequency").getAsString());
            assertFalse(new String(entries.get("donnees.json"), java.nio.charset.StandardCharsets.UTF_8).contains("jeton="),
                    "no sign-in link in the export");

            // erase: asked, confirmed; the session ends
            submit(page, page.locator("#erase\\:ask"));
            accessible(page, "candidate-erase-confirm");
            submit(page, page.locator("#erase\\:confirm"));
            assertTrue(page.url().contains("/compte/connexion.xhtml?efface=1"), page.url());
            assertEquals("Votre compte et vos données ont été effacés.", page.locator("#erased").textContent());
            page.navigate(WebClient.BASE + "/compte/candidatures.xhtml");
            page.waitForURL("**/compte/connexion.xhtml");
        }
        // nothing left that names the person; the directions keep an anonymous, withdrawn application
        try (TestDatabase db = TestDatabase.open()) {
            assertEquals("0", db.one("select count(*) from candidate_account where email = ?", address));
            assertEquals("0", db.one("select count(*) from application where email = ?", address));
            assertEquals("0", db.one("select count(*) from spontaneous_application where email = ?", address));
            assertEquals("0", db.one("select count(*) from spontaneous_application where id = ?", spontaneous));
            assertEquals("0", db.one("select count(*) from mail where recipient = ?", address));
            assertEquals("0", db.one("select count(*) from sign_in_link where email = ?", address));
            assertEquals("0", db.one("select count(*) from stored_cv where document_id = ?", Long.parseLong(storedFile)));
            assertEquals("0", db.one("select count(*) from search_alert where email = ?", address));
            assertEquals("0", db.one("select count(*) from document where id = ?", Long.parseLong(storedFile)), "the CV kept");
            for (String file : files) {
                assertEquals("0", db.one("select count(*) from document where id = ?", Long.parseLong(file)), "file " + file);
            }
            assertEquals("WITHDRAWN", db.statusOf(pending));
            assertEquals("REJECTED", db.statusOf(answered));
            assertEquals("Retirée et effacée à la demande de la personne",
                    db.one("select first_name || ' ' || last_name from application where id = ?", pending));
            assertEquals("- - - -", db.one("select coalesce(phone, '-') || ' ' || coalesce(message, '-') || ' '"
                    + " || coalesce(cast(cv_id as varchar(20)), '-') || ' ' || coalesce(client_hash, '-')"
                    + " from application where id = ?", pending));
            assertEquals("BAC_5", db.one("select education_level from application where id = ?", pending));
            assertEquals("0", db.one("select count(*) from application_event where note is not null and application_id = ?", pending));
        }
        // the service was told of the withdrawal (the offer's contact: no author)
        awaitSent(pending, "the withdrawal notice");
    }

    /** Waits until the notice of that application's withdrawal has left for the offer's contact. */
    private static void awaitSent(long applicationId, String what) throws InterruptedException {
        awaitMail(() -> {
            try (TestDatabase db = TestDatabase.open()) {
                return "stages.test@paris.example SENT".equals(db.one("select recipient || ' ' || status from mail"
                        + " where kind = 'APPLICATION_WITHDRAWN' and application_id = ?", applicationId));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, what);
    }

    private static String link(MimeMessage mail) {
        Matcher found = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        assertTrue(found.find(), "a link in the mail");
        return found.group(1);
    }

    private static String spontaneousReference() {
        try (TestDatabase db = TestDatabase.open()) {
            return db.one("select reference from spontaneous_application where id = ?", spontaneous);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String reference(long applicationId) {
        try (TestDatabase db = TestDatabase.open()) {
            return db.one("select reference from application where id = ?", applicationId);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

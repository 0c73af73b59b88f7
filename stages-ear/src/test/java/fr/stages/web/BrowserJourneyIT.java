package fr.stages.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A candidate and an agent in a real browser (Debian's Chromium): home, offer, login, back-office, with an
 * axe-core scan (WCAG 2.1 A and AA) of every page that must find nothing. Screenshots go to
 * target/screenshots for a human look.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Ear.built();
    }

    private static final List<String> CHROMIUM_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-dev-shm-usage");
    private static final Path SCREENSHOTS = Paths.get("target/screenshots");
    private static final String TITLE = "Stage de navigation " + TestDatabase.unique();
    private static final String AGENT = TestDatabase.unique().toLowerCase() + "@agents.example";
    private static final String OFFICE = TestDatabase.unique().toLowerCase() + "@bureau.example";

    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void browserAndData() throws Exception {
        try (TestDatabase db = TestDatabase.open()) {
            long direction = db.direction(TestDatabase.unique(), "Direction des parcours");
            db.agent(AGENT, "agent", direction);
            db.offer(direction, "PUBLISHED", TITLE, LocalDate.now().plusDays(15));
            db.agent(OFFICE, "office", null);
            db.failedMail(TestDatabase.unique().toLowerCase() + "@bounced.example");
        }
        Path chromium = Paths.get(System.getProperty("stages.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("Chromium is needed for the browser tests: " + chromium
                    + " not found (Debian: apt-get install chromium; .ci/run installs it)");
        }
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium).setArgs(CHROMIUM_FLAGS));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void aCandidateFindsAnOfferAndAnAgentLogsIn() throws Exception {
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();

            page.navigate(WebClient.BASE + "/");
            assertEquals("Offres de stage", page.locator("h1").textContent());
            accessible(page, "home");

            page.locator("a", new Page.LocatorOptions().setHasText(TITLE)).click();
            assertEquals(TITLE, page.locator("h1").textContent().strip());
            assertTrue(page.title().startsWith(TITLE));
            accessible(page, "offer");

            page.navigate(WebClient.BASE + "/backoffice/offers.xhtml");
            assertTrue(page.url().endsWith("/login.xhtml"), page.url());
            accessible(page, "login");

            page.locator("#login\\:submit").click();
            assertTrue(page.locator("#login\\:username-error").textContent().contains("Saisissez votre identifiant."));
            accessible(page, "login-errors");

            logIn(page, AGENT);
            assertEquals("Offres de la direction", page.locator("h1").textContent());
            assertTrue(page.locator("table").textContent().contains(TITLE));
            accessible(page, "backoffice-offers");

            page.locator("a", new Page.LocatorOptions().setHasText(TITLE)).click();
            assertEquals(TITLE, page.locator("h1").textContent().strip());
            accessible(page, "backoffice-offer");

            page.navigate(WebClient.BASE + "/offers/offer.xhtml?id=999999999999999");
            assertEquals("Page introuvable", page.locator("h1").textContent());
            accessible(page, "not-found");
        }
    }

    @Test
    void theInternshipOfficeReadsTheFailedMails() throws Exception {
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + "/login.xhtml");
            logIn(page, OFFICE);
            page.getByText("Courriels en échec").first().click();
            page.waitForURL("**/backoffice/mails.xhtml");
            assertEquals("Courriels en échec", page.locator("h1").textContent());
            assertTrue(page.locator("table").textContent().contains("@bounced.example"));
            accessible(page, "backoffice-mails");
        }
    }

    @Test
    void thePublicPagesReflowAt320PixelsAndStartWithASkipLink() throws Exception {
        try (BrowserContext context = french(320, 640)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + "/");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("home-320.png")).setFullPage(false));
            assertNoHorizontalScroll(page);
            page.keyboard().press("Tab");
            assertEquals("skip-link", page.evaluate("document.activeElement.className"));
            page.keyboard().press("Enter");
            assertEquals("contenu", page.evaluate("document.activeElement.id"), "the skip link moves focus to main");

            page.locator("a", new Page.LocatorOptions().setHasText(TITLE)).click();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("offer-320.png")).setFullPage(true));
            assertNoHorizontalScroll(page);
            accessible(page, "offer-320");
        }
    }

    /** A browser whose user prefers French, with a window of that size. */
    private static BrowserContext french(int width, int height) {
        return browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(width, height));
    }

    /** Fills the login form shown on the page, as a person would, and waits for the back-office home. */
    private static void logIn(Page page, String login) {
        page.getByLabel("Identifiant (adresse électronique)").fill(login);
        page.getByLabel("Mot de passe").fill(TestDatabase.PASSWORD);
        page.locator("#login\\:submit").click();
        page.waitForURL("**/backoffice/offers.xhtml");
    }

    private static void assertNoHorizontalScroll(Page page) {
        Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0, ((Number) overflow).intValue(), "horizontal scrolling on " + page.url());
    }

    /** Scans the page with axe-core (WCAG 2.1 A and AA) and keeps a screenshot of it. */
    private static void accessible(Page page, String name) throws Exception {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<Rule> violations = results.getViolations();
        assertTrue(violations.isEmpty(), name + ": " + violations.stream()
                .map(v -> v.getId() + " (" + v.getHelp() + ") on " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
    }
}

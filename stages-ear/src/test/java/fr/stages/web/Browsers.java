package fr.stages.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * What the browser journeys share: one Debian Chromium for the whole test run (Playwright takes ~20 s to start),
 * French contexts, the back-office login, axe-core scans, screenshots, and the SMTP catcher the test domain
 * sends to.
 */
public final class Browsers {

    private static final List<String> CHROMIUM_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-dev-shm-usage");
    private static final Path SCREENSHOTS = Paths.get("target/screenshots");

    private static Playwright playwright;
    private static Browser browser;

    private Browsers() {
    }

    /** The run's Chromium, started on first use and closed when the test JVM ends. */
    public static synchronized Browser browser() throws IOException {
        if (browser == null) {
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
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }

    /** A French-speaking visitor's window of that size. */
    public static BrowserContext french(int width, int height) throws IOException {
        BrowserContext context = browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR")
                .setViewportSize(width, height));
        // Chromium reports each script the page's Content-Security-Policy refused on the console: accessible()
        // fails on any, so that every journey proves the policy breaks nothing
        List<String> refused = new java.util.concurrent.CopyOnWriteArrayList<>();
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                refused.add(message.page() == null ? message.text() : message.page().url() + ": " + message.text());
            }
        });
        synchronized (CSP_REFUSALS) {
            CSP_REFUSALS.put(context, refused);
        }
        return context;
    }

    /** The SMTP server the test domain's mail session sends to: the test reads what really left the platform. */
    public static GreenMail mailCatcher() {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("stages.test.smtpPort", 13025), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    /** Fills the login form shown on the page, as a person would, and waits for the back-office home. */
    public static void logIn(Page page, String login) {
        logIn(page, login, TestDatabase.PASSWORD);
    }

    public static void logIn(Page page, String login, String password) {
        page.getByLabel("Identifiant (adresse électronique)").fill(login);
        page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.locator("#login\\:submit").click();
        // the home of the back office, or the page that asked for the sign-in
        page.waitForURL("**/backoffice/**");
    }

    /**
     * Clicks a button that posts its form and waits until the page it leads to has loaded. A click followed by
     * {@code waitForLoadState()} does not wait: the page being left is already loaded, so the next step could
     * act on it while the answer is still on its way (one CI run filled a form of the page being left).
     */
    public static void submit(Page page, com.microsoft.playwright.Locator button) {
        page.waitForNavigation(button::click);
    }

    public static void assertNoHorizontalScroll(Page page) {
        Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0, ((Number) overflow).intValue(), "horizontal scrolling on " + page.url());
    }

    /**
     * Keeps a picture of the page for a human look. Headless Chromium sometimes fails a full-page capture
     * under load ("Unable to capture screenshot", seen in CI): then the visible part is kept, or nothing, as
     * the pictures prove nothing by themselves.
     */
    public static void screenshot(Page page, String name, boolean fullPage) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        try {
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(fullPage));
        } catch (PlaywrightException first) {
            try {
                page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(false));
            } catch (PlaywrightException second) {
                System.err.println("No screenshot of " + name + ": " + second.getMessage().lines().findFirst()
                        .orElse(""));
            }
        }
    }

    /** The scripts each browser context's pages had refused by their Content-Security-Policy, as reported. */
    private static final Map<BrowserContext, List<String>> CSP_REFUSALS = new java.util.WeakHashMap<>();

    /**
     * Scans the page with axe-core (WCAG 2.1 A and AA) and keeps a screenshot of it; fails as well if a page of
     * its browser context had a script refused by its Content-Security-Policy so far.
     */
    public static void accessible(Page page, String name) {
        List<String> refused;
        synchronized (CSP_REFUSALS) {
            refused = CSP_REFUSALS.getOrDefault(page.context(), List.of());
        }
        assertTrue(refused.isEmpty(), name + ": scripts refused by the Content-Security-Policy: " + refused);
        screenshot(page, name, true);
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<Rule> violations = results.getViolations();
        assertTrue(violations.isEmpty(), name + ": " + violations.stream()
                .map(v -> v.getId() + " (" + v.getHelp() + ") on " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
    }

    /** Waits, at most a minute, until the SMTP catcher holds what is expected (mails leave after the commit). */
    public static void awaitMail(BooleanSupplier arrived, String what) throws InterruptedException {
        long end = System.nanoTime() + 60_000_000_000L;
        while (!arrived.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, what + " within a minute");
            Thread.sleep(250);
        }
    }

    public static List<MimeMessage> received(GreenMail smtp, String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(recipient));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The whole raw message, headers and parts, decoded as GreenMail keeps it (for a reference, a link). */
    public static String raw(MimeMessage message) {
        return com.icegreen.greenmail.util.GreenMailUtil.getWholeMessage(message);
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

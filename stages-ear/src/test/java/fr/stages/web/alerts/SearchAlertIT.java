package fr.stages.web.alerts;

import static fr.stages.web.Browsers.accessible;
import static fr.stages.web.Browsers.assertNoHorizontalScroll;
import static fr.stages.web.Browsers.awaitMail;
import static fr.stages.web.Browsers.french;
import static fr.stages.web.Browsers.received;
import static fr.stages.web.Browsers.subject;
import static fr.stages.web.Browsers.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.stages.web.Browsers;
import fr.stages.web.Ear;
import fr.stages.web.TestDatabase;
import fr.stages.web.WebClient;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
 * Search alerts end to end, in Chromium with the mails read in the catcher: a search saved as a daily alert
 * without an account (double opt-in: opening the link confirms nothing, its button does); two matching offers
 * and one that does not match published, one matching but closed: the digest lists exactly the two, with the
 * one-click unsubscribe headers of RFC 8058; the next run repeats nothing; a later offer comes alone; the
 * one-click POST stops the alert without a session. A signed-in candidate saves one on their address and deletes
 * it in « Mes alertes ». A search naming a direction that no longer exists keeps working and says so once.
 * axe-core on every page.
 */
@ExtendWith(ArquillianExtension.class)
class SearchAlertIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Ear.withTestModule("probe", fr.stages.probe.MorningRun.class);
    }

    private static final String MARK = TestDatabase.unique();
    private static final Pattern CONFIRM = Pattern.compile("(/alertes/confirmer\\.xhtml\\?alerte=[0-9]+&cle=[0-9a-f]+)");
    private static final Pattern STOP = Pattern.compile("<(https?://[^>]+/alertes/arret\\?alerte=[0-9]+&cle=[0-9a-f]+)>");
    private static long direction;
    /** A direction whose name does not hold the keyword (a direction's name is searched too). */
    private static long neighbour;
    private static GreenMail smtp;

    @BeforeAll
    static void anOfferPublishedBeforeAnyAlert() throws Exception {
        try (TestDatabase db = TestDatabase.open()) {
            direction = db.direction(TestDatabase.unique(), "Direction des alertes " + MARK);
            neighbour = db.direction(TestDatabase.unique(), "Direction voisine");
            long old = db.offer(direction, "PUBLISHED", "Stage ancien " + MARK, LocalDate.now().plusDays(20));
            db.publishedAt(old, LocalDateTime.now(ZoneId.of("Europe/Paris")).minusDays(2));
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
    void aDailyAlertWithoutAccountListsOnlyNewMatchingOffersOnceAndStopsInOneClick() throws Exception {
        String address = TestDatabase.unique().toLowerCase() + "@alertes.example";
        String confirmLink;
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + WebClient.search(MARK));
            page.locator("#alert-link").click();
            page.waitForURL("**/alertes/nouvelle.xhtml?**");
            assertEquals("Créer une alerte", page.locator("h1").textContent());
            assertEquals(MARK.toLowerCase(), page.locator("#alerte\\:name").inputValue().toLowerCase());
            assertTrue(page.locator("#search-summary").textContent().contains("« " + MARK + " »"),
                    page.locator("#search-summary").textContent());
            assertTrue(page.getByLabel("Chaque jour (le matin, s'il y a du nouveau)").isChecked());
            accessible(page, "alert-new");

            // refused: no name, an address that is not one, each next to its field
            page.locator("#alerte\\:name").fill("");
            page.locator("#alerte\\:email").fill("pas-une-adresse");
            submit(page, page.locator("#alerte\\:save"));
            assertEquals("Donnez un nom à cette alerte.", page.locator("#alerte\\:name-error").textContent());
            assertEquals("true", page.locator("#alerte\\:email").getAttribute("aria-invalid"));
            accessible(page, "alert-new-refused");
            page.locator("#alerte\\:name").fill("Stages " + MARK);
            page.locator("#alerte\\:email").fill(address);
            submit(page, page.locator("#alerte\\:save"));
            assertTrue(page.locator("#sent").textContent().contains("un courriel de confirmation vient d'y être envoyé"));
            assertTrue(context.cookies().stream().noneMatch(c -> c.name.equals("JSESSIONID")), "stateless");

            awaitMail(() -> !received(smtp, address).isEmpty(), "the confirmation link");
            MimeMessage mail = received(smtp, address).get(0);
            assertEquals("Confirmez votre alerte « Stages " + MARK + " »", subject(mail));
            Matcher link = CONFIRM.matcher(text(mail));
            assertTrue(link.find(), text(mail));
            confirmLink = link.group(1);

            // a scanner opens it: nothing confirmed
            HttpResponse<String> scanned = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(WebClient.BASE + confirmLink)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, scanned.statusCode());
            try (TestDatabase db = TestDatabase.open()) {
                assertEquals("0", db.one("select count(*) from search_alert where email = ? and confirmed_at is not null", address));
            }
            page.navigate(WebClient.BASE + confirmLink);
            assertTrue(page.locator("#which").textContent().contains("« Stages " + MARK + " »"));
            accessible(page, "alert-confirm");
            submit(page, page.locator("#confirmer\\:confirm"));
            assertTrue(page.locator("#confirmed").textContent().contains("est active"));
            // a forged key confirms nothing and says so
            page.navigate(WebClient.BASE + confirmLink.replaceAll("cle=[0-9a-f]+", "cle=0123456789abcdef0123456789abcdef"));
            assertTrue(page.locator("#invalid").isVisible());
        }

        // published after the confirmation: two matching, one not matching, one matching but closed
        long first;
        long second;
        try (TestDatabase db = TestDatabase.open()) {
            first = db.offer(direction, "PUBLISHED", "Stage des serres " + MARK, LocalDate.now().plusDays(20));
            second = db.offer(direction, "PUBLISHED", "Stage des vergers " + MARK, LocalDate.now().plusDays(25));
            long other = db.offer(neighbour, "PUBLISHED", "Stage sans rapport", LocalDate.now().plusDays(20));
            long closed = db.offer(direction, "PUBLISHED", "Stage déjà clos " + MARK, LocalDate.now().minusDays(1));
            for (long offer : new long[] {first, second, other, closed}) {
                db.publishedNow(offer);
            }
        }
        String run = runAlerts();
        awaitMail(() -> received(smtp, address).size() >= 2, "the digest (" + run + ")");
        MimeMessage digest = received(smtp, address).get(1);
        String body = text(digest);
        assertEquals("2 nouvelles offres de stage pour votre alerte « Stages " + MARK + " »", subject(digest), body);
        assertTrue(body.contains("Stage des serres " + MARK) && body.contains("Stage des vergers " + MARK), body);
        assertTrue(body.contains("/offers/offer.xhtml?id=" + first) && body.contains("/offers/offer.xhtml?id=" + second), body);
        assertFalse(body.contains("Stage sans rapport") || body.contains("déjà clos") || body.contains("Stage ancien"), body);
        assertEquals("List-Unsubscribe=One-Click", digest.getHeader("List-Unsubscribe-Post")[0]);
        Matcher stop = STOP.matcher(digest.getHeader("List-Unsubscribe")[0]);
        assertTrue(stop.find(), digest.getHeader("List-Unsubscribe")[0]);
        String stopUrl = stop.group(1);
        assertTrue(body.contains(stopUrl), "the same address as a link in the body");

        // the next run repeats nothing; a later offer comes alone
        runAlerts();
        long third;
        try (TestDatabase db = TestDatabase.open()) {
            third = db.offer(direction, "PUBLISHED", "Stage des roseraies " + MARK, LocalDate.now().plusDays(30));
            db.publishedNow(third);
        }
        runAlerts();
        awaitMail(() -> received(smtp, address).size() >= 3, "the second digest");
        Thread.sleep(1_000); // a repeated digest would be there by now too
        assertEquals(3, received(smtp, address).size(), "one digest per run with news, none for the run without");
        String later = text(received(smtp, address).get(2));
        assertEquals("Une nouvelle offre de stage pour votre alerte « Stages " + MARK + " »", subject(received(smtp, address).get(2)));
        assertTrue(later.contains("Stage des roseraies " + MARK) && !later.contains("Stage des serres"), later);

        // the page of the link shows a button; a forged key is not found; the one-click POST stops it, without cookies
        String path = stopUrl.substring(stopUrl.indexOf("/alertes/arret"));
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + path);
            assertTrue(page.locator("#which").textContent().contains("« Stages " + MARK + " »"));
            accessible(page, "alert-stop");
        }
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest.Builder oneClick = HttpRequest.newBuilder().header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"));
        assertEquals(404, client.send(oneClick.uri(URI.create(WebClient.BASE + path.replaceAll("cle=[0-9a-f]+",
                "cle=0123456789abcdef0123456789abcdef"))).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> stopped = client.send(oneClick.uri(URI.create(WebClient.BASE + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, stopped.statusCode());
        assertTrue(stopped.body().startsWith("Alerte arrêtée"), stopped.body());
        HttpResponse<String> again = client.send(oneClick.uri(URI.create(WebClient.BASE + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, again.statusCode());
        assertTrue(again.body().startsWith("Alerte déjà arrêtée"), again.body());
        try (TestDatabase db = TestDatabase.open()) {
            assertEquals("0", db.one("select count(*) from search_alert where email = ?", address));
        }
        try (TestDatabase db = TestDatabase.open()) {
            long fourth = db.offer(direction, "PUBLISHED", "Stage des potagers " + MARK, LocalDate.now().plusDays(30));
            db.publishedNow(fourth);
        }
        runAlerts();
        Thread.sleep(1_000);
        assertEquals(3, received(smtp, address).size(), "nothing after the unsubscribe");
    }

    @Test
    void aSignedInCandidateSavesAnAlertOnTheirAddressAndDeletesIt() throws Exception {
        String address = TestDatabase.unique().toLowerCase() + "@alertes-compte.example";
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            signIn(page, address);
            page.navigate(WebClient.BASE + WebClient.search(MARK));
            page.locator("#alert-link").click();
            page.waitForURL("**/alertes/nouvelle.xhtml?**");
            assertTrue(page.locator("#account-address").isVisible());
            assertEquals(0, page.locator("#alerte\\:email").count(), "the account's address, nothing to type");
            page.getByLabel("Chaque semaine").check();
            accessible(page, "alert-new-signed-in");
            submit(page, page.locator("#alerte\\:save"));
            page.waitForURL("**/compte/alertes.xhtml?creee=1");
            assertTrue(page.locator("#created").isVisible());
            assertEquals("Une alerte (au plus 10)", page.locator("#alerts-title").textContent());
            assertEquals("Active", page.locator(".search-alert .status").textContent());
            assertTrue(page.locator(".search-alert").textContent().contains("Chaque semaine"));
            accessible(page, "alert-mine");
            page.setViewportSize(320, 800);
            assertNoHorizontalScroll(page);
            accessible(page, "alert-mine-320");
            page.setViewportSize(1280, 900);
            try (TestDatabase db = TestDatabase.open()) {
                assertEquals("WEEKLY 1", db.one("select frequency || ' ' || count(*) from search_alert where email = ?"
                        + " and account_id is not null and confirmed_at is not null group by frequency", address));
            }
            submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Supprimer l'alerte « " + MARK.toLowerCase() + " »").setExact(false)));
            assertTrue(page.locator("#messages").textContent().contains("est supprimée"));
            assertEquals("Aucune alerte (au plus 10)", page.locator("#alerts-title").textContent());
        }
    }

    @Test
    void anAlertWhoseDirectionNoLongerExistsGoesOnWithTheRestAndSaysItOnce() throws Exception {
        String address = TestDatabase.unique().toLowerCase() + "@alertes-reorg.example";
        String word = TestDatabase.unique(); // a search of its own: the other tests' offers do not match it
        long alert;
        try (TestDatabase db = TestDatabase.open()) {
            alert = db.searchAlert(address, "Réorganisée " + word, "q=" + word + "&direction=DISPARUE",
                    LocalDateTime.now(ZoneId.of("Europe/Paris")).minusMinutes(1));
            long fresh = db.offer(direction, "PUBLISHED", "Stage des pépinières " + word, LocalDate.now().plusDays(20));
            db.publishedNow(fresh);
        }
        runAlerts();
        awaitMail(() -> !received(smtp, address).isEmpty(), "the corrected digest");
        String body = text(received(smtp, address).get(0));
        assertTrue(body.contains("nommait une direction, un métier ou un lieu qui n'existe plus"), body);
        assertTrue(body.contains("Stage des pépinières " + word), body);
        try (TestDatabase db = TestDatabase.open()) {
            assertEquals("q=" + word.toLowerCase(), db.one("select query from search_alert where id = ?", alert).toLowerCase());
        }
        // said once: the next run, with nothing new, sends nothing
        runAlerts();
        Thread.sleep(1_000);
        assertEquals(1, received(smtp, address).size());
    }

    @Test
    void theOfficeSeesTheAlertsAndSendsTodaysOnceBeforeTheMorningTimer() throws Exception {
        String office = TestDatabase.unique().toLowerCase() + "@bureau-alertes.example";
        try (TestDatabase db = TestDatabase.open()) {
            db.agent(office, "office", null);
            // as before this morning's run (another test of this database may have made today's)
            db.forgetDailyRuns("search-alerts");
        }
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + "/backoffice/mails.xhtml");
            fr.stages.web.Browsers.logIn(page, office);
            page.navigate(WebClient.BASE + "/backoffice/mails.xhtml");
            assertTrue(page.locator("#alerts-summary").textContent().matches("(?s).*alertes? actives?.*"),
                    page.locator("#alerts-summary").textContent());
            accessible(page, "office-alerts");
            submit(page, page.locator("#alerts\\:run"));
            assertTrue(page.locator("#messages").textContent().matches("(?s).*courriel\\(s\\) mis en file pour .*"),
                    page.locator("#messages").textContent());
            // sent today: no button any more, the last run is shown
            assertEquals(0, page.locator("#alerts\\:run").count());
            assertTrue(page.locator("#alerts-summary").textContent().contains("Dernier envoi"));
        }
    }

    /** Asks a sign-in link for that address, reads it in the catcher and confirms it. */
    private static void signIn(Page page, String address) throws Exception {
        page.navigate(WebClient.BASE + "/compte/connexion.xhtml");
        page.getByLabel("Votre adresse électronique").fill(address);
        submit(page, page.locator("#connexion\\:send"));
        awaitMail(() -> !received(smtp, address).isEmpty(), "the sign-in link");
        Matcher link = Pattern.compile("(/compte/lien\\.xhtml\\?jeton=[A-Za-z0-9_-]+)").matcher(text(received(smtp, address).get(0)));
        assertTrue(link.find());
        page.navigate(WebClient.BASE + link.group(1));
        submit(page, page.locator("#lien\\:confirm"));
        page.waitForURL("**/compte/candidatures.xhtml");
    }

    /** The morning run, now (the probe module calls Alerts.digests()). */
    private static String runAlerts() throws Exception {
        HttpResponse<String> run = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(WebClient.BASE + "/probe/alerts"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, run.statusCode(), run.body());
        return run.body();
    }

    /** The plain-text part of a mail, decoded. */
    private static String text(MimeMessage mail) throws Exception {
        String text = text((Part) mail);
        assertTrue(text != null, "a text/plain part");
        return text.replace("\r\n", "\n");
    }

    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String text = text(child);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}

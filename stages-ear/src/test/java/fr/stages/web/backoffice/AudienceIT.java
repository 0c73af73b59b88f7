package fr.stages.web.backoffice;

import static fr.stages.web.Browsers.accessible;
import static fr.stages.web.Browsers.assertNoHorizontalScroll;
import static fr.stages.web.Browsers.french;
import static fr.stages.web.Browsers.logIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import fr.stages.web.Ear;
import fr.stages.web.TestDatabase;
import fr.stages.web.WebClient;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public audience, counted on the server: real requests to the search and to an offer of this run's own
 * direction (given, already held by the browser, sent to a robot, prefetched, forged), then the dashboards that
 * show them — views and applications per offer for the direction, the searches that found nothing for the office,
 * the searches narrowed to the job family. And what is kept: counts by day, nothing about a visitor.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AudienceIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Ear.built();
    }

    private static final String RUN = TestDatabase.unique();
    /** Letters only: a run's digits could look like a telephone number, which is never kept. */
    private static final String WORD = RUN.toLowerCase().chars()
            .mapToObj(c -> Character.isDigit(c) ? String.valueOf((char) ('g' + c - '0')) : String.valueOf((char) c))
            .reduce("", String::concat);
    /** Words no offer has. */
    private static final String GAP = "zorglub q" + WORD;
    private static final String CORRESPONDENT = "correspondant." + RUN.toLowerCase() + "@audience.example";
    private static final String OFFICE = "bureau." + RUN.toLowerCase() + "@audience.example";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
    /** A period of this test's own (around today): no other test's dashboard of it is shared meanwhile. */
    private static final String PERIOD = "du=" + TODAY.minusDays(1) + "&au=" + TODAY.plusDays(1);
    private static long offer;
    private static long unread;
    private static String reference;
    private static long family;
    private static String familyName;

    @BeforeAll
    static void offerOnline() throws Exception {
        try (TestDatabase db = TestDatabase.open()) {
            long direction = db.direction(TestDatabase.unique(), "Direction de l'audience " + RUN);
            db.agent(CORRESPONDENT, "correspondent", direction);
            db.agent(OFFICE, "office", null);
            offer = db.offer(direction, "PUBLISHED", "Stage audience " + RUN, TODAY.plusDays(20));
            reference = db.one("select reference from offer where id = ?", offer);
            family = Long.parseLong(db.one("select job_family_id from offer where id = ?", offer));
            familyName = db.one("select name from job_family where id = ?", family);
            // two more: "audience RUN" finds three offers (not a gap); WORD, only in the last one, finds one
            unread = db.offer(direction, "PUBLISHED", "Stage audience " + RUN, TODAY.plusDays(20));
            db.offer(direction, "PUBLISHED", "Stage audience " + RUN + " " + WORD, TODAY.plusDays(20));
            // dated in the city's time, as the views' days are
            LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Paris"));
            long today = db.application(offer, "Candidate", "candidate." + RUN.toLowerCase() + "@audience.example", "fr", 0);
            db.execute("update application set received_at = ? where id = ?", now, today);
            // received yesterday, in the period but before any view of the offer was counted: not a view turned
            // into an application
            long yesterday = db.application(offer, "Veille", "veille." + RUN.toLowerCase() + "@audience.example", "fr", 1);
            db.execute("update application set received_at = ? where id = ?", now.minusDays(1), yesterday);
        }
        new WebClient().awaitBody(WebClient.search(WORD), "Stage audience " + RUN);
    }

    @Test
    @Order(1)
    void viewsAndSearchesAreCountedAsThePublicMakesThem() {
        WebClient visitor = new WebClient();
        String page = "/offers/offer.xhtml?id=" + offer;
        for (int i = 0; i < 3; i++) {
            assertEquals(200, visitor.getRaw(page).statusCode());
        }
        String etag = visitor.getRaw(page).headers().firstValue("ETag").orElseThrow(); // the fourth view
        assertEquals(304, visitor.getRaw(page, "If-None-Match", etag).statusCode(), "held by the browser: a view");
        assertEquals(200, visitor.getRaw(page, "User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1)").statusCode());
        assertEquals(200, visitor.getRaw(page, "Sec-Purpose", "prefetch").statusCode());
        assertEquals(404, visitor.getRaw("/offers/offer.xhtml?id=987654321987").statusCode());

        String gap = WebClient.search(GAP);
        assertTrue(visitor.get(gap).body().contains(GAP));
        assertEquals(200, visitor.get(gap).statusCode());
        assertEquals(200, visitor.get(WebClient.search(WORD)).statusCode(), "one offer: almost nothing");
        assertTrue(visitor.get(WebClient.search("audience " + RUN)).body().contains("3 offres"), "three: not a gap");
        assertEquals(200, visitor.get(WebClient.search("stage " + GAP + " 06 12 34 56 78")).statusCode());
        assertEquals(200, visitor.get(WebClient.search(GAP + "@example.fr")).statusCode());
        for (int i = 0; i < 3; i++) {
            assertEquals(200, visitor.get("/?metier=" + family + (i == 2 ? "&tri=recent" : "")).statusCode());
        }
        // a second page of the same search: a view of the search page, not another search
        assertEquals(200, visitor.get("/?metier=" + family + "&tri=recent&page=2").statusCode());
    }

    @Test
    @Order(2)
    void theDirectionSeesItsOffersViewsAgainstTheirApplications() {
        WebClient correspondent = new WebClient();
        correspondent.login(CORRESPONDENT, TestDatabase.PASSWORD);
        String page = correspondent.get("/backoffice/statistics.xhtml?" + PERIOD).body();
        List<List<String>> headline = StatisticsIT.table(page, "indicateurs");
        // four pages given and one held by the browser; the robot, the prefetch and the unknown offer are not views
        assertEquals("5", StatisticsIT.row(headline, "Consultations des pages d'offres").get(1));
        assertFalse(page.contains("Consultations de la page de recherche"), "the whole site's: the office's");
        List<List<String>> audience = StatisticsIT.table(page, "audience");
        assertEquals("2", StatisticsIT.row(headline, "Candidatures reçues sur les offres").get(1));
        assertEquals(List.of(List.of("1", reference, "Stage audience " + RUN, "5", "1", "20,0")), audience,
                "one application since its views were counted (today), for five views: 20 per hundred");
        assertFalse(page.contains("table-recherches"), "the searches of the whole site are the office's");
        // the same on the offer's own page in the back office
        String offerPage = correspondent.get("/backoffice/offer.xhtml?id=" + offer).body();
        java.util.regex.Matcher seen = java.util.regex.Pattern.compile("id=\"offer-audience\">([^<]*)<").matcher(offerPage);
        assertTrue(seen.find(), offerPage);
        assertTrue(seen.group(1).matches("5 consultations depuis le .+ ; 1 candidature depuis \\(20,0 pour 100 consultations\\)"),
                seen.group(1));
        assertTrue(correspondent.get("/backoffice/offer.xhtml?id=" + unread).body()
                .contains("Aucune consultation comptée pour l"));
        assertEquals(404, correspondent.download("/backoffice/statistics-export?tableau=recherches&format=csv&" + PERIOD)
                .statusCode());
        String csv = new String(correspondent.download("/backoffice/statistics-export?tableau=audience&format=csv&"
                + PERIOD).body(), StandardCharsets.UTF_8);
        assertTrue(csv.lines().anyMatch(l -> l.equals("1;" + reference + ";Stage audience " + RUN + ";5;< 5;< 5")),
                "one application: masked in the export " + csv);
    }

    @Test
    @Order(3)
    void theOfficeSeesTheSearchesThatFoundNothingAndTheFamiliesSearched() throws Exception {
        WebClient office = new WebClient();
        office.login(OFFICE, TestDatabase.PASSWORD);
        String page = office.get("/backoffice/statistics.xhtml?" + PERIOD).body();
        List<List<String>> gaps = StatisticsIT.table(page, "recherches");
        assertTrue(gaps.contains(List.of(GAP, "2", "0")), "searched twice, nothing found " + gaps);
        assertFalse(page.contains("06 12 34 56 78"), "a telephone is never kept");
        assertFalse(page.contains(GAP + "@example.fr"), "nor an address");
        assertTrue(gaps.stream().anyMatch(r -> r.get(0).equals(WORD) && r.get(2).equals("1")), "one offer found " + gaps);
        assertFalse(gaps.stream().anyMatch(r -> r.get(0).startsWith("audience ")), "three offers found: not a gap " + gaps);
        List<String> searched = StatisticsIT.row(StatisticsIT.table(page, "metiers"), familyName);
        assertEquals("3", searched.get(6), "three searches narrowed to the family (its second page is no new search)");
        long searchViews = Long.parseLong(StatisticsIT.row(StatisticsIT.table(page, "indicateurs"),
                "Consultations de la page de recherche").get(1).replaceAll("\\D", ""));
        assertTrue(searchViews >= 9, "at least this test's nine views of the search: " + searchViews);

        try (TestDatabase db = TestDatabase.open()) {
            // what is kept: days, offers, words and counts; nothing that names or follows a visitor
            for (String table : List.of("audience_view", "search_gap", "search_family")) {
                assertTrue(Set.of("counted_on", "offer_id", "views", "keywords", "searches", "results", "job_family_id")
                        .containsAll(db.columns(table)), table + ": " + db.columns(table));
            }
            assertEquals("0", db.one("select count(*) from search_gap where keywords like '%@%' or keywords like '%56 78%'"));
            assertEquals("0", db.one("select count(*) from audience_view where offer_id = 987654321987"));
            assertEquals("5", db.one("select sum(views) from audience_view where offer_id = ?", offer));
        }

        try (BrowserContext context = french(1280, 900)) {
            Page browser = context.newPage();
            browser.navigate(WebClient.BASE + "/backoffice/statistics.xhtml?" + PERIOD);
            logIn(browser, OFFICE);
            browser.navigate(WebClient.BASE + "/backoffice/statistics.xhtml?" + PERIOD);
            assertTrue(browser.locator("#table-recherches").textContent().contains(GAP));
            accessible(browser, "statistics-audience");
            browser.setViewportSize(320, 800);
            assertNoHorizontalScroll(browser);
            accessible(browser, "statistics-audience-320");
        }
    }
}

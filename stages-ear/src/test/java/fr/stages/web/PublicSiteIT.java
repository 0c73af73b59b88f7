package fr.stages.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public site, over HTTP, as a candidate's browser or a search engine sees it. */
@ExtendWith(ArquillianExtension.class)
class PublicSiteIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Ear.built();
    }

    /** A word of this run only, in the titles of the online offer and its sibling: the sibling is the most similar. */
    private static final String KIN = TestDatabase.unique();
    private static final String ONLINE = "Stage en ligne " + KIN;
    private static final String DRAFT = "Stage brouillon " + TestDatabase.unique();
    private static final String OVERDUE = "Stage échu " + TestDatabase.unique();
    // without the shared word, offers left by earlier runs in a database kept between them (same family, place
    // and words « stage en ligne ») tied with the sibling and could push it out of the four similar offers
    private static final String SIBLING = "Stage voisin " + TestDatabase.unique() + " " + KIN;
    private static long online;
    private static long draft;
    private static long overdue;
    private static long sibling;
    /** The online offer's place and job family, in French. */
    private static List<String> frenchNames;

    private final WebClient web = new WebClient();

    @BeforeAll
    static void offers() throws Exception {
        try (TestDatabase db = TestDatabase.open()) {
            long direction = db.direction(TestDatabase.unique(), "Direction des essais publics");
            online = db.offer(direction, "PUBLISHED", ONLINE, LocalDate.now().plusDays(20));
            db.englishNames(online, "Test place " + online, "Test family " + online);
            frenchNames = List.of(
                    db.one("select p.name from place p join offer o on o.place_id = p.id where o.id = ?", online),
                    db.one("select f.name from job_family f join offer o on o.job_family_id = f.id where o.id = ?", online));
            draft = db.offer(direction, "DRAFT", DRAFT, LocalDate.now().plusDays(20));
            overdue = db.offer(direction, "PUBLISHED", OVERDUE, LocalDate.now().minusDays(3));
            sibling = db.offer(direction, "PUBLISHED", SIBLING, LocalDate.now().plusDays(30));
        }
        // written with plain JDBC, not announced: the search's periodic check (1 s in the test domain) finds them
        // the link, not the title: the keywords themselves are on the page before any result is
        new WebClient().awaitBody(WebClient.search(ONLINE), "/offers/offer.xhtml?id=" + online + "\"");
        new WebClient().awaitBody(WebClient.search(SIBLING), "/offers/offer.xhtml?id=" + sibling + "\"");
    }

    @Test
    void theHomePageIsTheSearchInFrenchAndFindsOnlyOffersOnline() {
        HttpResponse<String> home = web.get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().matches("(?s).*<html[^>]* lang=\"fr\".*"), "French page");
        assertTrue(home.body().contains("Offres de stage"));
        assertTrue(home.body().matches("(?s).*\\d+ offres? correspond(ent)?.*"), "the count is shown");
        assertTrue(home.body().contains("role=\"search\""));

        String found = web.get(WebClient.search(ONLINE)).body();
        assertTrue(found.contains("1 offre correspond"), "only the offer online");
        assertTrue(found.contains("/offers/offer.xhtml?id=" + online));
        assertTrue(web.get(WebClient.search(DRAFT)).body().contains("Aucune offre ne correspond"), "a draft is not public");
        assertTrue(web.get(WebClient.search(OVERDUE)).body().contains("Aucune offre ne correspond"),
                "an offer past its deadline is not public");
    }

    @Test
    void publicPagesRenderedOrServedFromMemoryCarryTheBrowserProtections() {
        for (int i = 0; i < 2; i++) { // the second answer comes from the pages kept in memory
            for (String path : List.of("/", "/offers/offer.xhtml?id=" + online, "/offers/offer.xhtml?id=" + draft)) {
                HttpResponse<String> page = web.get(path);
                String where = path + " (" + page.statusCode() + ", " + page.headers().firstValue("X-Stages-Cache")
                        .orElse("?") + ")";
                assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""), where);
                assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(""), where);
                assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""), where);
                String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
                assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'"), where);
                assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe"), where + ": " + policy);
                assertFalse(page.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                        "public pages may be cached: " + where);
            }
        }
    }

    @Test
    void sitemapAtomAndRobotsListTheOffersOnline() {
        HttpResponse<String> sitemap = web.get("/sitemap.xml");
        assertEquals(200, sitemap.statusCode());
        assertTrue(sitemap.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        assertTrue(sitemap.body().contains("<loc>http://localhost:18080/offers/offer.xhtml?id=" + online + "</loc>"),
                "absolute links on the configured base URL");
        assertFalse(sitemap.body().contains("id=" + draft + "<"));
        assertFalse(sitemap.body().contains("id=" + overdue + "<"));

        HttpResponse<String> atom = web.get("/offres.atom?" + WebClient.search(ONLINE).substring(2));
        assertEquals(200, atom.statusCode());
        assertTrue(atom.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        assertTrue(atom.body().contains("<title>" + ONLINE + "</title>"), atom.body());
        assertEquals(1, atom.body().split("<entry>", -1).length - 1, "the feed takes the search's keywords");
        assertTrue(atom.body().matches("(?s).*<updated>\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d</updated>.*"),
                "RFC 3339 dates with seconds");

        String robots = web.get("/robots.txt").body();
        assertTrue(robots.contains("Disallow: /backoffice/"));
        assertTrue(robots.contains("Sitemap: http://localhost:18080/sitemap.xml"));

        for (String legal : new String[] {"/accessibilite.xhtml", "/mentions-legales.xhtml",
            "/donnees-personnelles.xhtml"}) {
            HttpResponse<String> page = web.get(legal);
            assertEquals(200, page.statusCode(), legal);
            assertTrue(web.get(legal + "?lang=en").body().contains("lang=\"en\""), legal);
        }
    }

    @Test
    void anOfferPageShowsAllItsFields() {
        HttpResponse<String> page = web.get("/offers/offer.xhtml?id=" + online);
        assertEquals(200, page.statusCode());
        String body = page.body();
        for (String expected : new String[] {ONLINE, "Direction des essais publics", "Missions",
            "Mission principale", "Profil recherché", "35 h par semaine", "8 semaines", "Stage non gratifié",
            "Bac+3 (licence, BUT)", "2 rue de Lobau, 75004 Paris", "Candidater avant le", "Postuler à cette offre", "/offers/apply.xhtml?offres=" + online, "Jusqu'au ",
            "Présentation de la Direction des essais publics."}) {
            assertTrue(body.contains(expected), "missing on the offer page: " + expected);
        }
    }

    @Test
    void pagesDescribeThemselvesToSearchEnginesAndTheSiteHasItsIcon() {
        String home = web.get("/").body();
        assertTrue(home.contains("<meta name=\"description\" content=\"Les offres de stage des directions de la Ville"
                + " de Paris : cherchez par métier"), "the home page's description");
        String offer = web.get("/offers/offer.xhtml?id=" + online).body();
        assertTrue(offer.contains("<meta name=\"description\" content=\"- Mission principale"), "an offer's: its missions");
        assertEquals(1, offer.split("<meta name=\"description\"", -1).length - 1, "one description");
        HttpResponse<byte[]> icon = web.getRaw("/favicon.ico");
        assertEquals(200, icon.statusCode());
        assertArrayEquals(new byte[] {0, 0, 1, 0}, java.util.Arrays.copyOf(icon.body(), 4), "an icon file");
    }

    @Test
    void anOfferPageShowsSimilarOffersButNotItself() {
        String body = web.get("/offers/offer.xhtml?id=" + online).body();
        assertTrue(body.contains("Offres similaires"));
        assertTrue(body.contains("<h3 lang=\"fr\"><a href=\"/offers/offer.xhtml?id=" + sibling + "\""), body);
        assertFalse(body.contains("<h3 lang=\"fr\"><a href=\"/offers/offer.xhtml?id=" + online + "\""), "not itself");
    }

    @Test
    void draftsUnknownIdsAndGarbageAnswer404WithTheFrenchErrorPage() {
        for (String path : new String[] {"/offers/offer.xhtml?id=" + draft,
            "/offers/offer.xhtml?id=999999999999", "/offers/offer.xhtml?id=abc", "/offers/offer.xhtml",
            "/no-such-page.xhtml"}) {
            HttpResponse<String> page = web.get(path);
            assertEquals(404, page.statusCode(), path);
            assertTrue(page.body().contains("Page introuvable"), "French 404 page for " + path);
            assertFalse(page.body().contains("Exception:") || page.body().contains("\tat "), "no stack trace for " + path);
        }
    }

    @Test
    void anOfferPastItsDeadlineAnswers410WithAClearPageAndNoLongerAppearsInLists() {
        HttpResponse<String> page = web.get("/offers/offer.xhtml?id=" + overdue);
        assertEquals(410, page.statusCode());
        assertTrue(page.body().contains("Cette offre n'est plus disponible"), page.body());
        assertTrue(page.body().contains(OVERDUE), "the page names the offer");
        assertTrue(page.body().contains("noindex"));
        assertTrue(page.body().contains("Offres similaires"), "links to offers like it");
        assertTrue(page.body().contains("/offers/offer.xhtml?id=" + sibling), "an offer of the same direction");
        assertFalse(web.get(WebClient.search(OVERDUE)).body().contains("/offers/offer.xhtml?id=" + overdue));
    }

    @Test
    void englishIsOfferedWithoutLosingThePage() {
        HttpResponse<String> page = web.get("/offers/offer.xhtml?id=" + online + "&lang=en");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().matches("(?s).*<html[^>]* lang=\"en\".*"));
        assertTrue(page.body().contains("35 hours a week"));
        assertTrue(page.body().contains("lang=fr"), "a link back to French");
    }

    /**
     * Job families and places were French on English pages. Each now has its English name where the reference
     * data gives one: on the offer page, in the search's filters and result lines, in the feed; French pages keep
     * the French names.
     */
    @Test
    void englishPagesNameJobFamiliesAndPlacesInEnglish() {
        String place = "Test place " + online;
        String family = "Test family " + online;
        String offer = web.get("/offers/offer.xhtml?id=" + online + "&lang=en").body();
        assertTrue(offer.contains(place) && offer.contains(family), offer);
        assertTrue(frenchNames.stream().noneMatch(offer::contains), "no French name left: " + offer);
        String token = ONLINE.substring(ONLINE.lastIndexOf(' ') + 1); // this offer only
        String search = web.get(WebClient.search(token) + "&lang=en").body();
        assertTrue(search.contains(family + " <span class=\"count\">"), "the job family filter: " + search);
        assertTrue(search.contains(place + " <span class=\"count\">"), "the place filter: " + search);
        assertTrue(search.contains("<dd>" + place + "</dd>"), "the result line: " + search);
        assertTrue(frenchNames.stream().noneMatch(search::contains), search);
        String feed = web.get("/offres.atom?q=" + token + "&lang=en").body();
        assertTrue(feed.contains(place), feed);

        String french = new WebClient().get("/offers/offer.xhtml?id=" + online + "&lang=fr").body();
        assertFalse(french.contains(place) || french.contains(family), french);
        assertTrue(frenchNames.stream().allMatch(french::contains), french);
    }

    @Test
    void publicPagesLoadNoPrimeFacesResources() {
        String home = web.get("/").body();
        assertFalse(home.contains("primefaces"), "the public list needs only its own stylesheet");
        assertTrue(home.contains("css/stages.css"));
    }

    @Test
    void publicPagesCreateNoSession() {
        for (String path : new String[] {"/", "/offers/offer.xhtml?id=" + online}) {
            HttpResponse<String> page = web.get(path);
            assertTrue(page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    "no session for " + path);
            assertFalse(page.body().contains("jsessionid"), "no session id in links of " + path);
        }
    }

    @Test
    void aPublicPageIsRenderedOnceThenServedFromMemoryAnd304ToABrowserThatHoldsIt() throws Exception {
        String path = "/offers/offer.xhtml?id=" + online + "&essai=" + TestDatabase.unique();
        HttpResponse<byte[]> first = web.getRaw(path);
        HttpResponse<byte[]> second = web.getRaw(path);
        assertEquals("miss", header(first, "X-Stages-Cache"));
        assertEquals("hit", header(second, "X-Stages-Cache"));
        assertEquals(200, second.statusCode());
        assertArrayEquals(first.body(), second.body(), "the same page");
        assertTrue(new String(second.body(), StandardCharsets.UTF_8).contains(ONLINE));
        String etag = header(first, "ETag");
        assertEquals(etag, header(second, "ETag"));
        assertEquals("no-cache", header(second, "Cache-Control"), "browsers ask again each time");
        assertEquals(String.valueOf(first.body().length), header(second, "Content-Length"));

        HttpResponse<byte[]> held = web.getRaw(path, "If-None-Match", etag);
        assertEquals(304, held.statusCode(), "the browser's copy is current");
        assertEquals(0, held.body().length);
        assertEquals(200, web.getRaw(path, "If-None-Match", "\"autre\"").statusCode());

        HttpResponse<byte[]> compressed = web.getRaw(path, "Accept-Encoding", "gzip, deflate, br");
        assertEquals("gzip", header(compressed, "Content-Encoding"));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
            assertArrayEquals(first.body(), in.readAllBytes(), "the same page, compressed");
        }

        HttpResponse<byte[]> english = web.getRaw(path, "Accept-Language", "en-GB,en;q=0.8");
        assertTrue(new String(english.body(), StandardCharsets.UTF_8).contains("35 hours a week"),
                "a page per language, never the other language's copy");
        assertFalse(etag.equals(header(english, "ETag")));
        assertTrue(new String(web.getRaw(path, "Cookie", "lang=en").body(), StandardCharsets.UTF_8)
                .contains("35 hours a week"), "the language chosen earlier (cookie)");
        assertTrue(new String(web.getRaw(path).body(), StandardCharsets.UTF_8).contains("35 h par semaine"));
    }

    @Test
    void publicPagesCostAtMostFiveSqlStatementsWhenRendered() {
        String mark = "essai=" + TestDatabase.unique();
        String[] pages = {
            "/?" + mark, // S1: the home page, every offer online
            WebClient.search("Stage") + "&gratification=non&niveau=BAC_3&" + mark, // S2: keyword and two filters
            "/offers/offer.xhtml?id=" + sibling + "&" + mark, // S3: an offer
            "/offers/offer.xhtml?id=" + overdue + "&" + mark}; // an offer gone: 410 with offers like it
        for (String path : pages) {
            HttpResponse<byte[]> page = web.getRaw(path);
            assertEquals("miss", header(page, "X-Stages-Cache"), "rendered, not served from memory: " + path);
            long statements = Long.parseLong(header(page, "X-Stages-Sql"));
            assertTrue(statements <= 5, statements + " SQL statements for " + path);
            if (path.contains("offer.xhtml")) {
                assertTrue(statements >= 1, "an offer page reads its offer from the database: the count counts");
            }
        }
    }

    @Test
    void aSearchPageFilledFromItsFrameIsByteForByteThePageFacesRenders() {
        String mark = "essai=" + TestDatabase.unique();
        String[] searches = {
            "/?" + mark, // the home page: every offer online, no keywords, an empty search box
            WebClient.search(ONLINE) + "&" + mark, // found
            WebClient.search("jardin \"bio\" <&> été ’ 😀") + "&gratification=oui&" + mark, // escaping, a filter
            "/?gratification=oui&gratification=non&tri=titre&page=2&" + mark, // filters, sort, a page past the last
            "/index.xhtml?q=" + TestDatabase.unique() + "&" + mark, // nothing found, the other address
            "/?page=abc&tri=zz&niveau=XYZ&" + mark}; // garbage in the query
        for (String path : searches) {
            for (String language : new String[] {"fr-FR,fr;q=0.9", "en-GB,en;q=0.8"}) {
                HttpResponse<byte[]> filled = web.getRaw(path, "Accept-Language", language);
                assertEquals("frame", header(filled, "X-Stages-Render"), path);
                // past the page cache (which would serve the copy just kept), rendered by Faces itself
                HttpResponse<byte[]> faces = web.getRaw(path, "Accept-Language", language, "X-Stages-Render", "faces",
                        "Cache-Control", "no-cache");
                assertEquals(200, faces.statusCode());
                assertEquals("faces", header(faces, "X-Stages-Render"), path);
                assertTrue(faces.headers().firstValue("X-Stages-Cache").isEmpty(),
                        "neither served from a copy nor kept: " + path);
                assertEquals(new String(faces.body(), StandardCharsets.UTF_8),
                        new String(filled.body(), StandardCharsets.UTF_8), path + " " + language);
                assertEquals(header(faces, "Content-Type"), header(filled, "Content-Type"));
            }
        }
        String english = new String(web.getRaw("/?q=jardin&" + mark, "Accept-Language", "en").body(),
                StandardCharsets.UTF_8);
        assertTrue(english.contains("lang=\"en\"") && english.contains("value=\"jardin\""), "parts in their places");
        assertTrue(english.contains("<title>\"jardin\" – internship offers") && english.contains("&amp;lang=fr\""), english);
    }

    @Test
    void anOfferChangedOutsideTheApplicationIsNeverShownAsItWas() {
        String title = "Stage retouché " + TestDatabase.unique();
        long offer;
        try (TestDatabase db = TestDatabase.open()) {
            offer = db.offer(db.direction(TestDatabase.unique(), "Direction des retouches"), "PUBLISHED", title,
                    LocalDate.now().plusDays(20));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        String path = "/offers/offer.xhtml?id=" + offer;
        web.awaitBody(WebClient.search(title), path + "\"");
        HttpResponse<byte[]> before = web.getRaw(path);
        assertEquals("hit", header(web.getRaw(path), "X-Stages-Cache"), "kept in memory");
        String etag = header(before, "ETag");

        try (TestDatabase db = TestDatabase.open()) {
            db.retitle(offer, title + " modifié");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        // written with plain JDBC: the periodic check (1 s here) sees it; until then, the search index is as old
        web.awaitBody(path, title + " modifié");
        HttpResponse<byte[]> after = web.getRaw(path, "If-None-Match", etag);
        assertEquals(200, after.statusCode(), "the browser's old copy is stale");
        assertFalse(etag.equals(header(after, "ETag")));
        web.awaitBody(WebClient.search(title + " modifié"), path + "\"");
        assertTrue(web.get(WebClient.search(title)).body().contains(title + " modifié"), "the list too");
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " header"));
    }

    @Test
    void theHealthEndpointReportsTheDatabase() {
        HttpResponse<String> health = web.get("/health/ready");
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"name\":\"database\""), health.body());
        assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
    }

    @Test
    void theServerPublishesNoMetricsAndNoApiDescription() {
        // Payara answers both by default, to anyone: the pools, threads and memory of the server (server-config)
        for (String path : new String[] {"/metrics", "/metrics/base", "/openapi"}) {
            HttpResponse<String> response = web.get(path);
            assertTrue(response.statusCode() == 403 || response.statusCode() == 404, path + ": " + response.statusCode());
            assertFalse(response.body().contains("# TYPE"), path);
        }
    }
}

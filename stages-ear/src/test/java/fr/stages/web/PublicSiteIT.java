package fr.stages.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
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

    private static final String ONLINE = "Stage en ligne " + TestDatabase.unique();
    private static final String DRAFT = "Stage brouillon " + TestDatabase.unique();
    private static final String OVERDUE = "Stage échu " + TestDatabase.unique();
    private static long online;
    private static long draft;
    private static long overdue;

    private final WebClient web = new WebClient();

    @BeforeAll
    static void offers() throws Exception {
        try (TestDatabase db = TestDatabase.open()) {
            long direction = db.direction(TestDatabase.unique(), "Direction des essais publics");
            online = db.offer(direction, "PUBLISHED", ONLINE, LocalDate.now().plusDays(20));
            draft = db.offer(direction, "DRAFT", DRAFT, LocalDate.now().plusDays(20));
            overdue = db.offer(direction, "PUBLISHED", OVERDUE, LocalDate.now().minusDays(3));
        }
    }

    @Test
    void theHomePageListsTheOffersOnlineInFrench() {
        HttpResponse<String> home = web.get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().matches("(?s).*<html[^>]* lang=\"fr\".*"), "French page");
        assertTrue(home.body().contains("Offres de stage"));
        assertTrue(home.body().contains(ONLINE));
        assertTrue(home.body().contains("/offers/offer.xhtml?id=" + online));
        assertFalse(home.body().contains(DRAFT), "a draft is not public");
        assertFalse(home.body().contains(OVERDUE), "an offer past its deadline is not public");
        assertTrue(home.body().matches("(?s).*\\d+ offres? en ligne.*"), "the count is shown");
    }

    @Test
    void anOfferPageShowsAllItsFields() {
        HttpResponse<String> page = web.get("/offers/offer.xhtml?id=" + online);
        assertEquals(200, page.statusCode());
        String body = page.body();
        for (String expected : new String[] {ONLINE, "Direction des essais publics", "Missions",
            "Mission principale", "Profil recherché", "35 h par semaine", "8 semaines", "Stage non gratifié",
            "Bac+3 (licence, BUT)", "2 rue de Lobau, 75004 Paris", "Candidater avant le", "Postuler",
            "stages.test@paris.example", "Présentation de la Direction des essais publics."}) {
            assertTrue(body.contains(expected), "missing on the offer page: " + expected);
        }
    }

    @Test
    void draftsUnknownIdsAndGarbageAnswer404WithTheFrenchErrorPage() {
        for (String path : new String[] {"/offers/offer.xhtml?id=" + draft, "/offers/offer.xhtml?id=" + overdue,
            "/offers/offer.xhtml?id=999999999999", "/offers/offer.xhtml?id=abc", "/offers/offer.xhtml",
            "/no-such-page.xhtml"}) {
            HttpResponse<String> page = web.get(path);
            assertEquals(404, page.statusCode(), path);
            assertTrue(page.body().contains("Page introuvable"), "French 404 page for " + path);
            assertFalse(page.body().contains("Exception:") || page.body().contains("\tat "), "no stack trace for " + path);
        }
    }

    @Test
    void englishIsOfferedWithoutLosingThePage() {
        HttpResponse<String> page = web.get("/offers/offer.xhtml?id=" + online + "&lang=en");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().matches("(?s).*<html[^>]* lang=\"en\".*"));
        assertTrue(page.body().contains("35 hours a week"));
        assertTrue(page.body().contains("lang=fr"), "a link back to French");
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
    void theHealthEndpointReportsTheDatabase() {
        HttpResponse<String> health = web.get("/health/ready");
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"name\":\"database\""), health.body());
        assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
    }
}

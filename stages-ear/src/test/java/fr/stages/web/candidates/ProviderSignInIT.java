package fr.stages.web.candidates;

import static fr.stages.web.Browsers.accessible;
import static fr.stages.web.Browsers.assertNoHorizontalScroll;
import static fr.stages.web.Browsers.french;
import static fr.stages.web.Browsers.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import fr.stages.web.Browsers;
import fr.stages.web.Ear;
import fr.stages.web.TestDatabase;
import fr.stages.web.WebClient;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signing in through an OpenID Connect provider (FranceConnect's way) against a real provider started here
 * (mock-oauth2-server, on the port the test domain declares): the button of the sign-in page leads to the provider
 * and back, the candidate is signed in with the address the provider vouches for, finds the applications sent
 * with it, gets the provider's names in a profile, and signs out at the provider too. Then the ways it must fail:
 * a wrong state, an answer brought to another browser, the same answer replayed, a code replayed in another
 * sign-in, an expired ID token, no address, an address the provider has not verified, a cancellation, the
 * provider stopped in the middle of a sign-in. Each
 * refusal signs nobody in (no session) and says why on the sign-in page.
 */
@ExtendWith(ArquillianExtension.class)
class ProviderSignInIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Ear.built();
    }

    private static final String ISSUER_ID = "stages";
    private static final String MARK = TestDatabase.unique();
    private static final String CANDIDATE = MARK.toLowerCase() + "@france-connecte.example";
    private static final String OFFER = "Stage des fontaines " + MARK;
    private static MockOAuth2Server provider;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void aPastApplicationAndTheProvider() throws Exception {
        try (TestDatabase db = TestDatabase.open()) {
            long direction = db.direction(TestDatabase.unique(), "Direction des fontaines " + MARK);
            long offer = db.offer(direction, "PUBLISHED", OFFER, LocalDate.now().plusDays(20));
            db.application(offer, "Inès", CANDIDATE, "fr", 3);
        }
        provider = new MockOAuth2Server();
        provider.start(Integer.getInteger("stages.test.oidcPort", 13099));
        Browsers.browser();
    }

    @AfterAll
    static void stop() {
        if (provider != null) {
            provider.shutdown();
        }
    }

    /** The provider's next sign-in: that person, an ID token valid that many seconds. */
    private static void nextPerson(Map<String, Object> claims, long expirySeconds) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "sujet-" + MARK, "JWT", null, claims,
                expirySeconds));
    }

    private static Map<String, Object> person(String email) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("given_name", "Inès Claire");
        claims.put("family_name", "Lambert");
        if (email != null) {
            claims.put("email", email);
        }
        return claims;
    }

    /** The requests the provider received since the last call (it throws once none is left). */
    private static List<RecordedRequest> providerRequests() {
        List<RecordedRequest> requests = new ArrayList<>();
        while (true) {
            try {
                requests.add(provider.takeRequest(200, TimeUnit.MILLISECONDS));
            } catch (RuntimeException none) {
                return requests;
            }
        }
    }

    @Test
    void aCandidateSignsInThroughTheProviderAndFindsTheirApplications() throws Exception {
        providerRequests(); // what earlier tests left
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + "/compte/connexion.xhtml");
            assertTrue(context.cookies().stream().noneMatch(c -> c.name.equals("JSESSIONID")), "no session before");
            assertEquals("Ou, sans attendre de courriel", page.locator("#provider-title").textContent());
            assertEquals("S'identifier avec FranceConnect", page.locator("#provider-button").textContent());
            assertEquals("Qu'est-ce que FranceConnect ?", page.locator("a[href='https://franceconnect.gouv.fr/']")
                    .textContent());
            accessible(page, "candidate-sign-in-provider");
            page.setViewportSize(320, 800);
            assertNoHorizontalScroll(page);
            accessible(page, "candidate-sign-in-provider-320");
            page.setViewportSize(1280, 900);

            nextPerson(person(CANDIDATE.toUpperCase()), 300);
            page.locator("#provider-button").click();
            page.waitForURL("**/compte/candidatures.xhtml");
            assertTrue(page.locator("#signed-in").textContent().contains(CANDIDATE));
            assertTrue(page.locator("main").textContent().contains(OFFER), "the application sent before is there");
            assertTrue(context.cookies().stream().anyMatch(c -> c.name.equals("JSESSIONID")));
            assertTrue(context.cookies().stream().noneMatch(c -> c.name.equals("stages_oidc")),
                    "the sign-in's cookie is spent with it");
            accessible(page, "candidate-provider-signed-in");

            // what went to the provider: PKCE S256, state, nonce, our return address; the code exchanged with
            // its verifier (the provider checks it against the challenge), the user info read
            List<RecordedRequest> requests = providerRequests();
            RecordedRequest authorize = requests.stream().filter(r -> r.getPath().startsWith("/stages/authorize"))
                    .findFirst().orElseThrow();
            Map<String, String> asked = query(authorize.getPath());
            assertEquals("code", asked.get("response_type"));
            assertEquals("stages-test", asked.get("client_id"));
            assertEquals("S256", asked.get("code_challenge_method"));
            assertEquals(43, asked.get("code_challenge").length());
            assertEquals(43, asked.get("state").length());
            assertEquals(43, asked.get("nonce").length());
            assertEquals(WebClient.BASE + "/compte/oidc/retour", asked.get("redirect_uri"));
            assertTrue(asked.get("scope").contains("openid"));
            RecordedRequest token = requests.stream().filter(r -> r.getPath().startsWith("/stages/token"))
                    .findFirst().orElseThrow();
            String exchange = token.getBody().readUtf8();
            assertTrue(exchange.contains("code_verifier="), exchange);
            assertFalse(exchange.contains("client_secret="), "the secret goes in the Authorization header");
            assertTrue(token.getHeader("Authorization").startsWith("Basic "));
            assertTrue(requests.stream().anyMatch(r -> r.getPath().startsWith("/stages/userinfo")));

            // the provider's names in a profile, with the studies of the application sent before
            try (TestDatabase db = TestDatabase.open()) {
                assertEquals("Inès Claire|Lambert|Université de test", db.one("select first_name || '|' || last_name"
                        + " || '|' || school from candidate_account where email = ?", CANDIDATE));
            }

            // signing out ends the session here and at the provider, which sends the browser back
            submit(page, page.locator("#account\\:signOut"));
            page.waitForURL("**/compte/connexion.xhtml?deconnecte=1");
            assertEquals("Vous êtes déconnecté(e).", page.locator("p.notice").first().textContent());
            List<RecordedRequest> after = providerRequests();
            RecordedRequest endSession = after.stream().filter(r -> r.getPath().startsWith("/stages/endsession"))
                    .findFirst().orElseThrow(() -> new AssertionError("no sign-out at the provider: " + after));
            assertNotNull(query(endSession.getPath()).get("id_token_hint"));
            page.navigate(WebClient.BASE + "/compte/candidatures.xhtml");
            page.waitForURL("**/compte/connexion.xhtml");
        }
    }

    /** One sign-in begun as a browser would: the cookie it set, and where the provider sends the browser back. */
    private record Begun(String cookie, String back) {
    }

    private static Begun begin() throws Exception {
        HttpResponse<String> start = HTTP.send(HttpRequest.newBuilder(URI.create(WebClient.BASE + "/compte/oidc/debut"))
                .header("Origin", WebClient.BASE).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, start.statusCode(), start.body());
        String cookie = start.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("stages_oidc="))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/compte/oidc/"),
                cookie);
        assertTrue(start.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")));
        String authorize = start.headers().firstValue("Location").orElseThrow();
        assertTrue(authorize.startsWith("http://localhost:" + Integer.getInteger("stages.test.oidcPort", 13099)
                + "/stages/authorize?"), authorize);
        HttpResponse<String> atProvider = HTTP.send(HttpRequest.newBuilder(URI.create(authorize)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, atProvider.statusCode(), atProvider.body());
        return new Begun(cookie.substring(0, cookie.indexOf(';')), atProvider.headers().firstValue("Location").orElseThrow());
    }

    /** The browser comes back with that address and cookie: where it is sent, and whether a session began. */
    private static String back(String address, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, answer.statusCode(), answer.body());
        boolean session = answer.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID"));
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertEquals(location.endsWith("/compte/candidatures.xhtml"), session, "a session exactly when signed in: " + location);
        return location.substring(location.indexOf("/compte/"));
    }

    private static String withState(String address, String state) {
        return address.replaceAll("state=[^&]*", "state=" + state);
    }

    /*
     * The provider takes the next person queued at each exchange of a code, failed or not: one is queued only
     * before a sign-in that reaches the exchange, so that none is left for the next.
     */
    @Test
    void aWrongStateAnotherBrowserOrAReplayedAnswerSignsNobodyIn() throws Exception {
        Begun begun = begin();
        assertTrue(begun.back().startsWith(WebClient.BASE + "/compte/oidc/retour?"), begun.back());
        assertEquals("/compte/connexion.xhtml?fournisseur=expiree", back(withState(begun.back(), "etat-forge"), begun.cookie()));
        // the right state, brought to a browser without the cookie (an attacker's answer sent to a victim): refused
        // and spent, so that the browser that began it cannot use it either
        assertEquals("/compte/connexion.xhtml?fournisseur=expiree", back(begun.back(), null));
        assertEquals("/compte/connexion.xhtml?fournisseur=expiree", back(begun.back(), begun.cookie()));

        Begun second = begin();
        assertEquals("/compte/connexion.xhtml?fournisseur=expiree", back(second.back(), "stages_oidc=autre-navigateur"));

        nextPerson(person(CANDIDATE), 300);
        Begun good = begin();
        assertEquals("/compte/candidatures.xhtml", back(good.back(), good.cookie()));
        // the same answer again (the back button, or someone who saw the address): refused
        assertEquals("/compte/connexion.xhtml?fournisseur=expiree", back(good.back(), good.cookie()));
        // its code, already exchanged, brought back in a new sign-in: the provider refuses it
        nextPerson(person(CANDIDATE), 300);
        Begun fresh = begin();
        String oldCode = query(good.back()).get("code");
        String replayed = fresh.back().replaceAll("code=[^&]*", "code=" + oldCode);
        assertEquals("/compte/connexion.xhtml?fournisseur=echec", back(replayed, fresh.cookie()));
        providerRequests();
    }

    @Test
    void theProvidersBadAnswersAreRefusedWithTheirReason() throws Exception {
        nextPerson(person(CANDIDATE), -600); // expired ten minutes ago
        Begun expired = begin();
        assertEquals("/compte/connexion.xhtml?fournisseur=echec", back(expired.back(), expired.cookie()));

        nextPerson(person(null), 300);
        Begun noAddress = begin();
        assertEquals("/compte/connexion.xhtml?fournisseur=sans-adresse", back(noAddress.back(), noAddress.cookie()));

        Map<String, Object> unverified = person("non-verifiee-" + CANDIDATE);
        unverified.put("email_verified", false);
        nextPerson(unverified, 300);
        Begun notVerified = begin();
        assertEquals("/compte/connexion.xhtml?fournisseur=adresse-non-verifiee",
                back(notVerified.back(), notVerified.cookie()));
        try (TestDatabase db = TestDatabase.open()) {
            assertEquals("0", db.one("select count(*) from candidate_account where email = ?", "non-verifiee-" + CANDIDATE));
        }

        // the person cancelled at the provider (the exchange is not reached)
        Begun cancelled = begin();
        assertEquals("/compte/connexion.xhtml?fournisseur=annulee", back(WebClient.BASE
                + "/compte/oidc/retour?error=access_denied&state=" + query(cancelled.back()).get("state"), cancelled.cookie()));
        providerRequests();

        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + "/compte/connexion.xhtml?fournisseur=expiree");
            assertTrue(page.locator("#provider-reason").textContent().startsWith("Cette connexion n'est plus valable"));
            accessible(page, "candidate-provider-refused");
            page.navigate(WebClient.BASE + "/compte/connexion.xhtml?fournisseur=inconnu");
            assertEquals(0, page.locator("#provider-reason").count(), "an unknown reason says nothing");
        }
    }

    @Test
    void aProviderThatStopsAnsweringRefusesAtOnceAndSignInWorksWhenItIsBack() throws Exception {
        Begun begun = begin();
        provider.shutdown(); // between the person's sign-in there and the exchange of the code
        long start = System.nanoTime();
        assertEquals("/compte/connexion.xhtml?fournisseur=echec", back(begun.back(), begun.cookie()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 15_000, "refused within the exchange's timeouts, not hanging: " + millis + " ms");

        provider = new MockOAuth2Server(); // the same keys: it draws them from the same list
        provider.start(Integer.getInteger("stages.test.oidcPort", 13099));
        nextPerson(person(CANDIDATE), 300);
        Begun again = begin();
        assertEquals("/compte/candidatures.xhtml", back(again.back(), again.cookie()));
        providerRequests();
    }

    @Test
    void oneNetworkAddressBeginsSixtySignInsAnHourAtMost() throws Exception {
        int n = java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 1 << 16);
        String network = "198.19." + (n >> 8) + "." + (n & 255); // an address of its own, named by the trusted proxy
        HttpResponse<String> answer = null;
        for (int i = 0; i <= 60; i++) {
            answer = HTTP.send(HttpRequest.newBuilder(URI.create(WebClient.BASE + "/compte/oidc/debut"))
                    .header("Origin", WebClient.BASE).header("X-Forwarded-For", network)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            String location = answer.headers().firstValue("Location").orElse("");
            if (i < 60) {
                assertTrue(location.contains("/stages/authorize?"), i + ": " + location);
            }
        }
        assertTrue(answer.headers().firstValue("Location").orElseThrow()
                .endsWith("/compte/connexion.xhtml?fournisseur=trop"), "the 61st is refused");
        // another network is not held back
        HttpResponse<String> other = HTTP.send(HttpRequest.newBuilder(URI.create(WebClient.BASE + "/compte/oidc/debut"))
                .header("Origin", WebClient.BASE).header("X-Forwarded-For", "198.18.250." + (n & 255))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(other.headers().firstValue("Location").orElseThrow().contains("/stages/authorize?"));
        // a sign-in begun from another site is refused before anything is stored
        HttpResponse<String> forged = HTTP.send(HttpRequest.newBuilder(URI.create(WebClient.BASE + "/compte/oidc/debut"))
                .header("Origin", "https://site-tiers.example").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode());
    }

    private static Map<String, String> query(String address) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = address.contains("?") ? address.substring(address.indexOf('?') + 1) : "";
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }
}

package fr.stages.web.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.web.Ear;
import fr.stages.web.TestDatabase;
import fr.stages.web.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Container-managed security end to end: form login against the agents table, and the direction scope enforced
 * on the server, whatever URL or id an agent forges.
 */
@ExtendWith(ArquillianExtension.class)
class BackOfficeSecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Ear.built();
    }

    private static final String OWN = "Offre de ma direction " + TestDatabase.unique();
    private static final String OTHER = "Offre d'une autre direction " + TestDatabase.unique();
    private static final String AGENT = TestDatabase.unique().toLowerCase() + "@agents.example";
    private static final String OFFICE = TestDatabase.unique().toLowerCase() + "@bureau.example";
    private static long own;
    private static long other;
    private static long ownDraft;
    private static final String BOUNCED = TestDatabase.unique().toLowerCase() + "@bounced.example";

    @BeforeAll
    static void agentsAndOffers() throws Exception {
        try (TestDatabase db = TestDatabase.open()) {
            long mine = db.direction(TestDatabase.unique(), "Direction de l'agent");
            long theirs = db.direction(TestDatabase.unique(), "Direction voisine");
            db.agent(AGENT, "agent", mine);
            db.agent(OFFICE, "office", null);
            own = db.offer(mine, "PUBLISHED", OWN, LocalDate.now().plusDays(10));
            ownDraft = db.offer(mine, "DRAFT", OWN + " (brouillon)", LocalDate.now().plusDays(10));
            other = db.offer(theirs, "PUBLISHED", OTHER, LocalDate.now().plusDays(10));
            db.failedMail(BOUNCED);
        }
    }

    /**
     * Several agents (here one account in eight sessions) using the back office at once all stay signed in: with
     * the container's automatic session (@AutoApplySession), Payara gave a few requests the caller without its
     * groups and answered them 403 (payara/Payara#6145), about 3 % of pages with four at once.
     */
    @Test
    void concurrentSessionsAreNeverRefusedTheirOwnPages() throws Exception {
        List<WebClient> sessions = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            WebClient web = new WebClient();
            web.login(OFFICE, TestDatabase.PASSWORD);
            sessions.add(web);
        }
        java.util.concurrent.ConcurrentLinkedQueue<String> refused = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.AtomicInteger served = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(sessions.size());
        for (WebClient web : sessions) {
            pool.submit(() -> {
                for (int i = 0; i < 150; i++) {
                    int status = web.get(i % 2 == 0 ? "/backoffice/pool.xhtml" : "/backoffice/mails.xhtml").statusCode();
                    if (status == 200) {
                        served.incrementAndGet();
                    } else {
                        refused.add(Integer.toString(status));
                    }
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(3, java.util.concurrent.TimeUnit.MINUTES));
        assertEquals(List.of(), List.copyOf(refused), served.get() + " pages served");
        assertEquals(1_200, served.get());
    }

    @Test
    void theBackOfficeAsksForALogin() {
        HttpResponse<String> page = new WebClient().get("/backoffice/offers.xhtml");
        assertEquals(302, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
    }

    /**
     * Someone not signed in who posts to a back-office address is sent to the login page at once, the body
     * unread: the standard form mechanism read it whole first (to replay it after the sign-in), with blocking
     * reads no filter could clock, so a client trickling 1 KB every 2 s held a request thread for the whole body.
     */
    @Test
    void anAnonymousSendingToTheBackOfficeIsSentToTheLoginPageWithoutItsBodyBeingWaitedFor() throws Exception {
        assertEquals(302, new WebClient().get("/backoffice/offers.xhtml").statusCode()); // warm: timing below
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", Integer.getInteger("stages.test.httpPort", 18080))) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("POST /backoffice/offers.xhtml HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1048576\r\n\r\n"
                    + "offers=offers&x=" + "a".repeat(1000)).getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            // the answer's head, read until its blank line: times out (fails) if the server waits for the body
            StringBuilder answer = new StringBuilder();
            java.io.InputStream in = socket.getInputStream();
            for (int b = in.read(); b >= 0 && answer.indexOf("\r\n\r\n") < 0; b = in.read()) {
                answer.append((char) b);
            }
            assertTrue(answer.toString().startsWith("HTTP/1.1 302"), answer.toString());
            assertTrue(answer.toString().contains(WebClient.BASE + "/login.xhtml"), answer.toString());
        }
    }

    /** After the sign-in, the agent lands on the page they asked for, not on the home of the back office. */
    @Test
    void theSignInLeadsBackToThePageAskedForEvenAfterAWrongPassword() {
        var web = new WebClient();
        HttpResponse<String> asked = web.get("/backoffice/offer.xhtml?id=" + own);
        assertEquals(302, asked.statusCode());
        assertEquals(200, web.login(AGENT, "pas-le-bon").statusCode());
        HttpResponse<String> login = web.login(AGENT, TestDatabase.PASSWORD);
        assertEquals(302, login.statusCode(), login.body());
        assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/backoffice/offer.xhtml?id=" + own),
                login.headers().toString());
        assertEquals(200, web.get("/backoffice/offer.xhtml?id=" + own).statusCode());
        // once only: the next sign-in goes home
        assertTrue(web.login(AGENT, TestDatabase.PASSWORD).headers().firstValue("Location").orElse("")
                .endsWith("/backoffice/offers.xhtml"));
    }

    @Test
    void aWrongPasswordIsRefusedWithAFrenchMessage() {
        var web = new WebClient();
        HttpResponse<String> page = web.login(AGENT, "pas-le-bon");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Identifiant ou mot de passe incorrect."), page.body());
        assertEquals(302, web.get("/backoffice/offers.xhtml").statusCode(), "still not logged in");
    }

    @Test
    void emptyFieldsAreRefusedFieldByField() {
        var web = new WebClient();
        HttpResponse<String> page = web.login("", "");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Saisissez votre identifiant."));
        assertTrue(page.body().contains("Saisissez votre mot de passe."));
        assertTrue(page.body().contains("id=\"login:username-error\"") || page.body().contains("username-error"),
                "messages tied to their fields");
    }

    @Test
    void theBackOfficeIsNeverCachedAndItsSessionCookieStaysOnThisSite() {
        var web = new WebClient();
        HttpResponse<String> loginPage = web.get("/login.xhtml");
        String cookie = loginPage.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + loginPage.headers().map()));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie); // Payara writes "lax"
        assertFalse(cookie.contains("Secure"), "plain http in the test domain: " + cookie);
        assertEquals("no-store", loginPage.headers().firstValue("Cache-Control").orElse(""));
        web.login(AGENT, TestDatabase.PASSWORD);
        HttpResponse<String> list = web.get("/backoffice/offers.xhtml");
        assertEquals(200, list.statusCode());
        assertEquals("no-store", list.headers().firstValue("Cache-Control").orElse(""), "a back-office page");
        assertEquals("nosniff", list.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(list.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
    }

    @Test
    void backOfficePagesRunTheirOwnScriptsOnlyAndPagesSentAgainWithoutTheirNonceAreAClientError() {
        var web = new WebClient();
        assertEquals(302, web.login(AGENT, TestDatabase.PASSWORD).statusCode());
        HttpResponse<String> list = web.get("/backoffice/offers.xhtml");
        String nonce = WebClient.nonce(list.body()).get("primefaces.nonce");
        assertNotNull(nonce, "PrimeFaces' CSP mode gives the page a nonce");
        java.util.List<String> policies = list.headers().allValues("Content-Security-Policy");
        assertTrue(policies.stream().anyMatch(p -> p.contains("script-src 'self' 'nonce-" + nonce + "'")), policies.toString());
        assertTrue(policies.stream().noneMatch(p -> p.contains("unsafe")), policies.toString());
        assertFalse(list.body().matches("(?s).*<[a-z]+ [^>]*\\son(click|change|keydown|submit)=.*"), "no event attribute");
        assertFalse(list.body().matches("(?s).*<script(?![^>]*nonce=\"" + java.util.regex.Pattern.quote(nonce)
                + "\")(?![^>]*\\ssrc=)[^>]*>.*"), "every inline script carries the page's nonce");
        assertNotEquals(nonce, WebClient.nonce(web.get("/backoffice/offers.xhtml").body()).get("primefaces.nonce"),
                "a nonce per answer");

        // A sending is checked by its view state and its Origin, not by the nonce. But a page sent again without
        // it (no browser running the page's scripts) cannot be shown again with the same nonce: a client error
        java.util.regex.Matcher viewState = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(list.body());
        assertTrue(viewState.find());
        Map<String, String> again = new java.util.LinkedHashMap<>(Map.of("offers", "offers",
                "jakarta.faces.ViewState", viewState.group(1)));
        assertEquals(400, web.post("/backoffice/offers.xhtml", again).statusCode(), "sent without the nonce");
        again.put("primefaces.nonce", java.util.Base64.getEncoder().encodeToString(
                java.util.UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, web.post("/backoffice/offers.xhtml", again).statusCode(), "sent with another nonce");
        again.put("primefaces.nonce", nonce);
        HttpResponse<String> shown = web.post("/backoffice/offers.xhtml", again);
        assertEquals(200, shown.statusCode(), "sent with its nonce");
        assertEquals(nonce, WebClient.nonce(shown.body()).get("primefaces.nonce"), "the page keeps its nonce");
        assertEquals(200, web.get("/backoffice/offers.xhtml").statusCode(), "still signed in");
    }

    @Test
    void aSignInOrBackOfficeFormSentFromAnotherSiteIsRefused() throws Exception {
        var web = new WebClient();
        String page = web.get("/login.xhtml").body();
        java.util.regex.Matcher viewState = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(viewState.find());
        String form = "login=login&login%3Ausername=" + java.net.URLEncoder.encode(AGENT, StandardCharsets.UTF_8)
                + "&login%3Apassword=" + TestDatabase.PASSWORD + "&login%3Asubmit=x&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        for (String origin : new String[] {"https://phishing.example", "null", "http://localhost:18081"}) {
            var forged = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(WebClient.BASE
                    + "/login.xhtml")).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", origin).POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(403, forged.statusCode(), origin);
        }
        // a logged-in agent's browser made to post a back-office form by another site
        var agent = new WebClient();
        assertEquals(302, agent.login(AGENT, TestDatabase.PASSWORD).statusCode());
        assertEquals(403, agent.postMultipart("/backoffice/offers.xhtml", java.util.List.of(java.util.Map.entry("x", "1")),
                java.util.Map.of(), null, "Origin", "https://phishing.example").statusCode(), "a back-office page");
        assertEquals(200, agent.get("/backoffice/offers.xhtml").statusCode(), "the agent's session goes on");
    }

    @Test
    void anAgentSeesTheOffersOfTheirDirectionOnly() {
        var web = new WebClient();
        web.get("/login.xhtml");
        String before = web.sessionId();
        HttpResponse<String> login = web.login(AGENT.toUpperCase(), TestDatabase.PASSWORD);
        assertEquals(302, login.statusCode(), login.body());
        assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/backoffice/offers.xhtml"));
        assertNotNull(web.sessionId());
        assertNotEquals(before, web.sessionId(), "a new session id at login");

        HttpResponse<String> list = web.get("/backoffice/offers.xhtml");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("Direction de l'agent"));
        assertTrue(list.body().contains(OWN));
        assertTrue(list.body().contains("Brouillon"), "drafts of the direction are listed with their state");
        assertFalse(list.body().contains(OTHER), "another direction's offer is not listed");

        assertEquals(200, web.get("/backoffice/offer.xhtml?id=" + own).statusCode());
        assertEquals(200, web.get("/backoffice/offer.xhtml?id=" + ownDraft).statusCode());
        HttpResponse<String> forged = web.get("/backoffice/offer.xhtml?id=" + other);
        assertEquals(404, forged.statusCode(), "another direction's offer looks like it does not exist");
        assertFalse(forged.body().contains(OTHER));
    }

    @Test
    void theInternshipOfficeSeesEveryDirection() {
        var web = new WebClient();
        assertEquals(302, web.login(OFFICE, TestDatabase.PASSWORD).statusCode());
        HttpResponse<String> list = web.get("/backoffice/offers.xhtml");
        assertTrue(list.body().contains("Offres de toutes les directions"));
        assertEquals(200, web.get("/backoffice/offer.xhtml?id=" + other).statusCode());
        assertEquals(200, web.get("/backoffice/offer.xhtml?id=" + own).statusCode());
    }

    @Test
    void aFormPostedWithAnExpiredViewShowsTheExpiredPage() {
        var web = new WebClient();
        web.get("/login.xhtml");
        HttpResponse<String> page = web.post("/login.xhtml", java.util.Map.of("login", "login",
                "login:username", AGENT, "login:password", TestDatabase.PASSWORD, "login:submit", "Se connecter",
                "jakarta.faces.ViewState", "-1234567890:-987654321"));
        assertEquals(302, page.statusCode(), page.body());
        String expired = page.headers().firstValue("Location").orElse("");
        assertTrue(expired.endsWith("/errors/expired.xhtml"), expired);
        HttpResponse<String> explanation = web.get("/errors/expired.xhtml");
        assertTrue(explanation.body().contains("Page expirée"));
        assertTrue(explanation.body().contains("Rechargez-la pour continuer"));
        assertEquals(302, web.get("/backoffice/offers.xhtml").statusCode(), "the expired post logged nobody in");
    }

    /**
     * Requests no browser sends, from a signed-in agent: a back-office page posted back as if it had no state
     * (Mojarra's "Unable to restore view"), a form over 2 MB (Payara's "post too large"), a form that is not
     * URL-encoded. Each answered 500; each is the client's fault, said as such, in French first.
     */
    @Test
    void malformedOrOversizedSendingsAreTheClientsFaultNotTheServers() {
        var agent = new WebClient();
        assertEquals(302, agent.login(AGENT, TestDatabase.PASSWORD).statusCode());
        HttpResponse<String> stateless = agent.post("/backoffice/offers.xhtml", java.util.Map.of(
                "jakarta.faces.ViewState", "stateless", "offers", "offers"));
        assertEquals(400, stateless.statusCode(), stateless.body());
        assertTrue(stateless.body().contains("Requête invalide"), stateless.body());
        HttpResponse<String> huge = agent.postRaw("/backoffice/offers.xhtml", "application/x-www-form-urlencoded",
                "x=" + "a".repeat(2 * 1024 * 1024));
        assertEquals(413, huge.statusCode());
        assertTrue(huge.body().contains("Envoi trop volumineux") && huge.body().contains("lang=\"en\""), huge.body());
        HttpResponse<String> malformed = agent.postRaw("/login.xhtml", "application/x-www-form-urlencoded", "a=%zz&b=1");
        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.body().contains("Envoi illisible"), malformed.body());
        assertEquals(200, agent.get("/backoffice/offers.xhtml").statusCode(), "the agent's session goes on");
    }

    /**
     * The redirect to the sign-in page is made by the container from the request: with a forged Host header it
     * sent the browser (or a cache in between) to another site. It names the platform's public address whatever
     * the Host (server-config: the listener's server name and scheme from STAGES_BASE_URL).
     */
    @Test
    void theSignInRedirectNamesThePublicAddressWhateverTheHostHeader() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", Integer.getInteger("stages.test.httpPort", 18080))) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET /backoffice/offers.xhtml HTTP/1.0\r\nHost: ailleurs.example\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
            assertTrue(head.startsWith("HTTP/1.1 302"), head);
            java.util.regex.Matcher location = java.util.regex.Pattern.compile("(?im)^Location: (\\S+)").matcher(head);
            assertTrue(location.find(), head);
            assertTrue(location.group(1).startsWith(WebClient.BASE + "/login.xhtml"), location.group(1));
            assertFalse(head.contains("ailleurs.example"), head);
        }
    }

    @Test
    void onlyTheInternshipOfficeReadsTheFailedMails() {
        var agent = new WebClient();
        assertEquals(302, agent.login(AGENT, TestDatabase.PASSWORD).statusCode());
        HttpResponse<String> refused = agent.get("/backoffice/mails.xhtml");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("Accès refusé"));
        assertFalse(refused.body().contains(BOUNCED));
        assertFalse(agent.get("/backoffice/offers.xhtml").body().contains("/backoffice/mails.xhtml"), "no link for agents");

        var office = new WebClient();
        assertEquals(302, office.login(OFFICE, TestDatabase.PASSWORD).statusCode());
        assertTrue(office.get("/backoffice/offers.xhtml").body().contains("/backoffice/mails.xhtml"), "a link for the office");
        HttpResponse<String> page = office.get("/backoffice/mails.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(BOUNCED));
        assertTrue(page.body().contains("550 boîte inconnue"));
        java.util.regex.Matcher button = java.util.regex.Pattern.compile(
                java.util.regex.Pattern.quote(BOUNCED) + ".*?name=\"(mails:table:\\d+:resend)\"",
                java.util.regex.Pattern.DOTALL).matcher(page.body());
        assertTrue(button.find(), "a resend button on the bounced mail's row");
        HttpResponse<String> resent = office.submit(page.body(), "/backoffice/mails.xhtml", "mails", button.group(1));
        assertEquals(200, resent.statusCode());
        assertTrue(resent.body().contains("Le courriel à " + BOUNCED + " est de nouveau en file d&#39;envoi.")
                || resent.body().contains("Le courriel à " + BOUNCED + " est de nouveau en file d'envoi."), resent.body());
    }

    @Test
    void loggingOutEndsTheSession() {
        var web = new WebClient();
        assertEquals(302, web.login(AGENT, TestDatabase.PASSWORD).statusCode());
        HttpResponse<String> list = web.get("/backoffice/offers.xhtml");
        HttpResponse<String> logout = web.submit(list.body(), "/backoffice/offers.xhtml", "logout", "logout:submit");
        assertEquals(302, logout.statusCode());
        assertTrue(logout.headers().firstValue("Location").orElse("").contains("/login.xhtml?loggedOut=true"));
        assertEquals(302, web.get("/backoffice/offers.xhtml").statusCode(), "logged out");
    }
}

package fr.stages.web.backoffice;

import static fr.stages.web.Browsers.accessible;
import static fr.stages.web.Browsers.awaitMail;
import static fr.stages.web.Browsers.french;
import static fr.stages.web.Browsers.logIn;
import static fr.stages.web.Browsers.received;
import static fr.stages.web.Browsers.subject;
import static fr.stages.web.Browsers.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import fr.stages.web.Browsers;
import fr.stages.web.Ear;
import fr.stages.web.TestDatabase;
import fr.stages.web.WebClient;
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
 * Accounts in the browser: password guessing is slowed down; a forgotten password comes back through a
 * single-use link by mail; an agent changes their password; a correspondent opens an agent's account (the agent
 * chooses their password through the mailed link) and closes it, which ends the session the agent had open.
 * The login page says how long a session lasts without activity. Every page scanned by axe-core.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Ear.built();
    }

    private static final String MARK = TestDatabase.unique();
    private static final String AGENT = TestDatabase.unique().toLowerCase() + "@comptes.example";
    private static final String CORRESPONDENT = TestDatabase.unique().toLowerCase() + "@comptes.example";
    private static final String SERVICE = "Service des comptes " + MARK;
    private static final Pattern LINK = Pattern.compile("(/mot-de-passe\\.xhtml\\?lien=[A-Za-z0-9_-]+)");

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    private static GreenMail smtp;

    @BeforeAll
    static void accounts() throws Exception {
        try (TestDatabase db = TestDatabase.open()) {
            long direction = db.direction(TestDatabase.unique(), "Direction des comptes " + MARK);
            db.agentOfService(AGENT, direction, db.service(direction, SERVICE));
            db.agent(CORRESPONDENT, "correspondent", direction);
        }
        smtp = Browsers.mailCatcher();
    }

    @AfterAll
    static void close() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void guessingIsSlowedDownAndAForgottenPasswordComesBackByASingleUseLink() throws Exception {
        String guessed = TestDatabase.unique().toLowerCase() + "@comptes.example";
        try (TestDatabase db = TestDatabase.open()) {
            db.agent(guessed, "agent", db.direction(TestDatabase.unique(), "Direction devinée " + MARK));
        }
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            for (int i = 0; i < 5; i++) {
                tryLogin(page, guessed, "pas-le-bon-" + i);
                assertEquals("Identifiant ou mot de passe incorrect.", page.locator("#global-messages").textContent().strip());
            }
            tryLogin(page, guessed, TestDatabase.PASSWORD);
            assertTrue(page.locator("#global-messages").textContent().contains("Trop d'essais infructueux"),
                    "the right password too is refused for a while after five failures");
            accessible(page, "login-throttled");

            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Mot de passe oublié ?")).click();
            page.waitForURL("**/mot-de-passe-oublie.xhtml");
            accessible(page, "password-forgotten");
            page.getByLabel("Identifiant (adresse électronique)").fill(guessed.toUpperCase());
            submit(page, page.locator("#forgotten\\:submit"));
            assertTrue(page.locator("[role=status]").textContent().contains("Si un compte correspond"));
            awaitMail(() -> !received(smtp, guessed).isEmpty(), "the link");
            assertEquals("Choisir un nouveau mot de passe pour l'espace agents", subject(received(smtp, guessed).get(0)));
            String link = link(received(smtp, guessed).get(0));

            page.navigate(WebClient.BASE + link);
            accessible(page, "password-choose");
            page.getByLabel("Nouveau mot de passe", EXACT).fill("trop court");
            submit(page, page.locator("#choose\\:submit"));
            assertEquals("Le mot de passe compte de 12 à 128 caractères.", page.locator("#choose\\:next-error").textContent());
            page.getByLabel("Nouveau mot de passe", EXACT).fill("une longue phrase de passe");
            page.getByLabel("Le nouveau mot de passe, encore une fois").fill("une longue phrase de passe");
            page.locator("#choose\\:submit").click();
            page.waitForURL("**/login.xhtml?motDePasse=choisi");
            logIn(page, guessed, "une longue phrase de passe");

            page.navigate(WebClient.BASE + link);
            assertTrue(page.locator("main").textContent().contains("Ce lien n'est plus valable"), "single use");
        }
    }

    @Test
    void aForgottenPasswordHasOneWorkingLinkAtATimeAtMostThreeAnHourAndASetPasswordVoidsThemAll() throws Exception {
        String forgetful = TestDatabase.unique().toLowerCase() + "@comptes.example";
        try (TestDatabase db = TestDatabase.open()) {
            db.agent(forgetful, "agent", db.direction(TestDatabase.unique(), "Direction oublieuse " + MARK));
        }
        for (int i = 1; i <= 5; i++) {
            String answer = askForLink(forgetful);
            assertTrue(answer.contains("Si un compte correspond"), "the same answer every time (" + i + ")");
        }
        try (TestDatabase db = TestDatabase.open()) {
            assertEquals("3", db.one("select count(*) from mail where recipient = ? and kind = 'PASSWORD_RESET'",
                    forgetful), "three links an hour, not five: nobody fills an agent's mailbox");
        }
        awaitMail(() -> received(smtp, forgetful).size() == 3, "the three links");
        java.util.List<String> links = received(smtp, forgetful).stream().map(AccountsIT::link).toList();
        WebClient visitor = new WebClient();
        for (int i = 0; i < 2; i++) {
            assertTrue(visitor.get(links.get(i)).body().contains("Ce lien n'est plus valable"),
                    "an older link stopped working when a newer one was sent: " + i);
        }
        assertTrue(visitor.get(links.get(2)).body().contains("Nouveau mot de passe"), "the last one works");
    }

    /**
     * The guessing brake keys on network addresses (each request here comes from its own 127.x address): a guesser
     * spread over several addresses stops the login for strangers, not for its agent where they signed in before;
     * one address trying many logins waits whatever the login; forgotten-password requests from one address stop
     * being acted on after ten an hour, with the same answer.
     */
    @Test
    void guessesFromElsewhereDoNotLockTheAgentOutAndOneAddressCannotTryEveryone() throws Exception {
        String agent = TestDatabase.unique().toLowerCase() + "@adresses.example";
        try (TestDatabase db = TestDatabase.open()) {
            db.agent(agent, "agent", db.direction(TestDatabase.unique(), "Direction des adresses " + MARK));
        }
        String office = "127.0.21.1";
        assertTrue(signIn(office, agent, TestDatabase.PASSWORD).startsWith("302"), "the agent at work");
        for (int i = 0; i < 3; i++) {
            assertTrue(signIn("127.0.21.2", agent, "devine-" + i).contains("Identifiant ou mot de passe incorrect"));
        }
        for (int i = 0; i < 2; i++) {
            assertTrue(signIn("127.0.21.3", agent, "devine-encore-" + i).contains("Identifiant ou mot de passe incorrect"));
        }
        String stranger = signIn("127.0.21.4", agent, TestDatabase.PASSWORD);
        assertTrue(stranger.contains("essais infructueux pour cet identifiant"),
                "five guesses from strangers' addresses: the login waits for strangers, right password or not");
        assertTrue(signIn(office, agent, TestDatabase.PASSWORD).startsWith("302"),
                "where the agent signed in before, they still can");

        String many = "127.0.21.5";
        for (int i = 0; i < 30; i++) {
            signIn(many, "personne-" + i + "@adresses.example", "rien");
        }
        String network = signIn(many, agent, TestDatabase.PASSWORD);
        assertTrue(network.contains("essais infructueux depuis votre réseau"), network);

        String asker = "127.0.21.6";
        for (int i = 0; i < 10; i++) {
            assertTrue(askForLinkFrom(asker, "inconnu-" + i + "@adresses.example").contains("Si un compte correspond"));
        }
        assertTrue(askForLinkFrom(asker, agent).contains("Si un compte correspond"), "the same answer");
        assertTrue(askForLinkFrom("127.0.21.7", agent).contains("Si un compte correspond"));
        awaitMail(() -> !received(smtp, agent).isEmpty(), "the link asked from another address");
        // each request's mail, if any, was logged before its answer: the table says what was sent
        try (TestDatabase db = TestDatabase.open()) {
            assertEquals("1", db.one("select count(*) from mail where recipient = ? and kind = 'PASSWORD_RESET'", agent),
                    "the eleventh request from one address sent nothing; the one from another address did");
        }
    }

    /** The sign-in form sent from that local address: "302 …" when it let the agent in, else the page shown. */
    private static String signIn(String from, String login, String password) throws java.io.IOException {
        String[] page = exchange(from, "GET", "/login.xhtml", null, null);
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page[1]);
        assertTrue(viewState.find(), page[1]);
        String body = "login=login&login%3Ausername=" + enc(login) + "&login%3Apassword=" + enc(password)
                + "&login%3Asubmit=" + enc("Se connecter") + "&jakarta.faces.ViewState=" + enc(viewState.group(1));
        String[] answer = exchange(from, "POST", "/login.xhtml", cookie(page[0]), body);
        return answer[0].startsWith("HTTP/1.1 302") ? "302 " + answer[0] : answer[1];
    }

    private static String askForLinkFrom(String from, String login) throws java.io.IOException {
        String[] page = exchange(from, "GET", "/mot-de-passe-oublie.xhtml", null, null);
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page[1]);
        assertTrue(viewState.find(), page[1]);
        String body = "forgotten=forgotten&forgotten%3Alogin=" + enc(login) + "&forgotten%3Asubmit=Envoyer"
                + "&jakarta.faces.ViewState=" + enc(viewState.group(1));
        return exchange(from, "POST", "/mot-de-passe-oublie.xhtml", cookie(page[0]), body)[1];
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The session cookie the server set in those headers, as a Cookie header value (or null). */
    private static String cookie(String headers) {
        Matcher session = Pattern.compile("(?im)^Set-Cookie: (JSESSIONID=[^;\r\n]+)").matcher(headers);
        return session.find() ? session.group(1) : null;
    }

    /**
     * One HTTP/1.0 exchange from that local address (the platform counts sign-ins by network address, and an
     * HttpClient cannot choose its own): headers and body of the answer.
     */
    private static String[] exchange(String from, String method, String path, String cookie, String body)
            throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress(from, 0));
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", Integer.getInteger("stages.test.httpPort", 18080)), 5000);
            socket.setSoTimeout(30_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String request = method + " " + path + " HTTP/1.0\r\nHost: localhost\r\nAccept-Language: fr-FR,fr;q=0.9\r\n"
                    + (cookie == null ? "" : "Cookie: " + cookie + "\r\n")
                    + (body == null ? "" : "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                    + content.length + "\r\n") + "\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(content);
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            return split < 0 ? new String[] {answer, ""} : new String[] {answer.substring(0, split), answer.substring(split + 4)};
        }
    }

    /** Sends the forgotten-password form for that login; answers the page shown after it. */
    private static String askForLink(String login) {
        WebClient web = new WebClient();
        String form = web.get("/mot-de-passe-oublie.xhtml").body();
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form);
        assertTrue(viewState.find(), form);
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("forgotten", "forgotten");
        fields.put("forgotten:login", login);
        fields.put("forgotten:submit", "Envoyer");
        fields.put("jakarta.faces.ViewState", viewState.group(1));
        return web.post("/mot-de-passe-oublie.xhtml", fields).body();
    }

    @Test
    void anAgentChangesTheirPasswordWhichEndsTheirOtherSessions() throws Exception {
        WebClient elsewhere = new WebClient();
        assertEquals(302, elsewhere.login(AGENT, TestDatabase.PASSWORD).statusCode());
        assertEquals(200, elsewhere.get("/backoffice/offers.xhtml").statusCode(), "another session, on another computer");
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + "/backoffice/offers.xhtml");
            logIn(page, AGENT);
            page.getByText("Mon mot de passe").click();
            page.waitForURL("**/backoffice/password.xhtml");
            page.getByLabel("Mot de passe actuel").fill("pas le bon du tout");
            page.getByLabel("Nouveau mot de passe", EXACT).fill("le chat dort au soleil");
            page.getByLabel("Le nouveau mot de passe, encore une fois").fill("le chat dort au soleil");
            submit(page, page.locator("#change\\:submit"));
            assertEquals("Le mot de passe actuel n'est pas le bon.", page.locator("#change\\:current-error").textContent());
            accessible(page, "password-change-error");
            page.getByLabel("Mot de passe actuel").fill(TestDatabase.PASSWORD);
            page.getByLabel("Nouveau mot de passe", EXACT).fill("le chat dort au soleil");
            page.getByLabel("Le nouveau mot de passe, encore une fois").fill("le chat dort au soleil");
            submit(page, page.locator("#change\\:submit"));
            assertEquals("Mot de passe changé.", page.locator("#messages").textContent().strip());
            page.navigate(WebClient.BASE + "/backoffice/offers.xhtml");
            assertTrue(page.url().endsWith("/backoffice/offers.xhtml"), "the session that changed it goes on: " + page.url());
        }
        var ended = elsewhere.get("/backoffice/offers.xhtml");
        assertEquals(302, ended.statusCode(), "the other session has ended");
        assertTrue(ended.headers().firstValue("Location").orElse("").endsWith("/login.xhtml?motdepasse=change"),
                ended.headers().map().toString());
        assertTrue(elsewhere.get("/login.xhtml?motdepasse=change").body().contains("votre session a été fermée"));
        assertEquals(200, new WebClient().login(AGENT, TestDatabase.PASSWORD).statusCode(), "the old one is refused");
        assertEquals(302, new WebClient().login(AGENT, "le chat dort au soleil").statusCode());
    }

    @Test
    void aCorrespondentOpensAnAgentsAccountAndClosesItWhichEndsTheAgentsSession() throws Exception {
        String newcomer = TestDatabase.unique().toLowerCase() + "@nouveaux.example";
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + "/backoffice/offers.xhtml");
            logIn(page, CORRESPONDENT);
            page.getByText("Agents de la direction").click();
            page.waitForURL("**/backoffice/agents.xhtml");
            submit(page, page.locator("#open\\:submit"));
            assertEquals("Indiquez l'adresse électronique de l'agent : ce sera son identifiant.",
                    page.locator("#open\\:email-error").textContent());
            accessible(page, "agents-errors");
            page.getByLabel("Nom").fill("Paul Verdier");
            page.getByLabel("Adresse électronique (l'identifiant)").fill(newcomer);
            page.getByLabel("Service").selectOption(new SelectOption().setLabel(SERVICE));
            submit(page, page.locator("#open\\:submit"));
            assertTrue(page.locator("#messages").textContent().contains("Compte ouvert pour Paul Verdier"));
            accessible(page, "agents");

            awaitMail(() -> !received(smtp, newcomer).isEmpty(), "the new account's link");
            assertEquals("Votre compte dans l'espace agents de Stages", subject(received(smtp, newcomer).get(0)));
            try (BrowserContext theirs = french(1280, 900)) {
                Page agent = theirs.newPage();
                agent.navigate(WebClient.BASE + link(received(smtp, newcomer).get(0)));
                agent.getByLabel("Nouveau mot de passe", EXACT).fill("ma première phrase de passe");
                agent.getByLabel("Le nouveau mot de passe, encore une fois").fill("ma première phrase de passe");
                agent.locator("#choose\\:submit").click();
                agent.waitForURL("**/login.xhtml?motDePasse=choisi");
                assertEquals("Pour votre sécurité, la session se ferme après 45 minutes sans activité.",
                        agent.locator("#session-length").textContent().strip(), "the domain's setting (test: 45)");
                logIn(agent, newcomer, "ma première phrase de passe");

                submit(page, page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions()
                        .setName("Fermer le compte de Paul Verdier")));
                assertTrue(page.locator("#messages").textContent().contains("Compte de Paul Verdier fermé"));

                agent.navigate(WebClient.BASE + "/backoffice/offers.xhtml"); // the session opened before
                agent.waitForURL("**/login.xhtml?compte=ferme");
                assertEquals("Votre compte a été fermé par le correspondant de votre direction : votre session a "
                        + "pris fin.", agent.locator(".notice").textContent().strip());
                accessible(agent, "login-closed");
                agent.navigate(WebClient.BASE + "/backoffice/offers.xhtml");
                agent.waitForURL(url -> url.contains("/login.xhtml"));
            }
        }
        assertEquals(200, new WebClient().login(newcomer, "ma première phrase de passe").statusCode(),
                "a closed account cannot log in");
    }

    private static void tryLogin(Page page, String login, String password) {
        page.navigate(WebClient.BASE + "/login.xhtml");
        page.getByLabel("Identifiant (adresse électronique)").fill(login);
        page.getByLabel("Mot de passe").fill(password);
        submit(page, page.locator("#login\\:submit"));
    }

    private static String link(jakarta.mail.internet.MimeMessage mail) {
        Matcher found = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        assertTrue(found.find(), "a link in the mail");
        return found.group(1);
    }
}

package fr.stages.web.backoffice;

import static fr.stages.web.Browsers.awaitMail;
import static fr.stages.web.Browsers.received;
import static fr.stages.web.Browsers.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import fr.stages.probe.ActionProbe;
import fr.stages.web.Browsers;
import fr.stages.web.Ear;
import fr.stages.web.TestDatabase;
import fr.stages.web.WebClient;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every back-office <em>action</em> (each business method a role guards) × every kind of caller, on ids a
 * caller may have forged: the expected outcome of each — done, refused for the role (403), or answered as if
 * the thing did not exist (404). A test-only module added to the built EAR calls the same beans as the pages,
 * as the caller it logs in through the application's own mechanism. Refused calls must change nothing; done ones must send their mails
 * (invitation, message, rejections, the pool entry taken for an offer). A business method added without its
 * line here fails the build.
 */
@ExtendWith(ArquillianExtension.class)
class ActionMatrixIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Ear.withTestModule("probe", ActionProbe.class);
    }

    /** Denied callers first: a refused call must find the data as the fixture left it. */
    private static final List<String> CALLERS = List.of("anonymous", "candidate", "agent of another direction",
            "correspondent of another direction", "agent B (same direction)", "agent A", "correspondent",
            "internship office");
    private static final String OK = "ok";
    private static final String[] SERVICE_A = {"403", "403", "404", "404", "404", OK, OK, OK};
    private static final String[] DIRECTION = {"403", "403", "404", "404", OK, OK, OK, OK};
    private static final String[] EVERY_AGENT = {"403", "403", OK, OK, OK, OK, OK, OK};
    private static final String[] CORRESPONDENTS = {"403", "403", "403", OK, "403", "403", OK, "403"};
    private static final String[] THE_CORRESPONDENT = {"403", "403", "403", "404", "403", "403", OK, "403"};
    private static final String[] OFFICE = {"403", "403", "403", "403", "403", "403", "403", OK};
    /** A signed-in candidate's own account: theirs only, nobody else's (the candidate owns nothing of the fixture). */
    private static final String[] CANDIDATE = {"403", OK, "403", "403", "403", "403", "403", "403"};
    /** What the probe names the candidate caller by: a candidate has no password, the probe signs the account in. */
    private static final String CANDIDATE_ACCOUNT = "candidate-account:";

    private static final String MARK = TestDatabase.unique();
    private static final Map<String, String> LOGINS = new LinkedHashMap<>();
    /** Each caller's own fixture (applications, offer, pool entry), and the shared one under "". */
    private static final Map<String, Map<String, Object>> IDS = new HashMap<>();
    private static GreenMail smtp;

    @BeforeAll
    static void aDirectionWithTwoServicesAndDataForEachCaller() throws Exception {
        for (String caller : CALLERS.subList(2, CALLERS.size())) {
            LOGINS.put(caller, TestDatabase.unique().toLowerCase() + "@actions.example");
        }
        try (TestDatabase db = TestDatabase.open()) {
            String directionCode = TestDatabase.unique();
            long direction = db.direction(directionCode, "Direction des actions " + MARK);
            long other = db.direction(TestDatabase.unique(), "Autre direction " + MARK);
            long serviceA = db.service(direction, "Service A " + MARK);
            long serviceB = db.service(direction, "Service B " + MARK);
            // the office sees every direction's services: another one has one, whatever ran before this test
            db.service(other, "Service d'ailleurs " + MARK);
            // and an offer: the office's list holds another direction's, even when this test runs first
            db.offer(other, "PUBLISHED", "Offre d'ailleurs " + MARK, LocalDate.now().plusDays(20));
            db.agentOfService(LOGINS.get("agent A"), direction, serviceA);
            db.agentOfService(LOGINS.get("agent B (same direction)"), direction, serviceB);
            db.agent(LOGINS.get("agent of another direction"), "agent", other);
            db.agent(LOGINS.get("correspondent of another direction"), "correspondent", other);
            db.agent(LOGINS.get("correspondent"), "correspondent", direction);
            db.agent(LOGINS.get("internship office"), "office", null);
            // the candidate caller is signed in with an account of their own, whose address sent nothing here
            LOGINS.put("candidate", CANDIDATE_ACCOUNT + db.candidateAccount(
                    TestDatabase.unique().toLowerCase() + "@candidats-matrice.example"));
            long offer = db.offer(direction, "PUBLISHED", "Offre des actions " + MARK, LocalDate.now().plusDays(20));
            db.serve(offer, serviceA);
            long family = db.jobFamily("Famille " + MARK);
            IDS.put("", Map.of("offer", offer, "direction", direction, "directionCode", directionCode, "serviceA", serviceA,
                    "template", db.template(direction, "Modèle " + MARK),
                    "agentZ", db.agentOfService(TestDatabase.unique().toLowerCase() + "@actions.example", direction,
                            serviceB),
                    "mail", db.failedMail(TestDatabase.unique().toLowerCase() + "@rebond.example"),
                    // another person's CV kept in their account: the candidate caller's forged id
                    "storedCv", db.storedCv(db.candidateAccount(TestDatabase.unique().toLowerCase()
                            + "@autre-compte.example"), "CV d'une autre " + MARK),
                    // another person's search alert: the candidate caller's forged id
                    "alert", db.searchAlert(TestDatabase.unique().toLowerCase() + "@autre-alerte.example",
                            "Alerte d'une autre " + MARK, "q=jardin", java.time.LocalDateTime.now())));
            for (String caller : CALLERS) {
                String tag = TestDatabase.unique();
                Map<String, Object> own = new HashMap<>();
                own.put("app1", db.application(offer, "Un" + tag, email(tag, 1), "fr", 3));
                own.put("app2", db.application(offer, "Deux" + tag, email(tag, 2), "en", 3));
                own.put("app3", db.application(offer, "Trois" + tag, email(tag, 3), "fr", 3));
                own.put("words3", "Trois" + tag);
                own.put("cv", db.cvOfApplication(email(tag, 1)));
                long offerP = db.offer(direction, "PUBLISHED", "Offre cycle " + tag, LocalDate.now().plusDays(30));
                db.serve(offerP, serviceA);
                own.put("offerP", offerP);
                own.put("family", db.one("select job_family_id from offer where id = ?", offerP));
                own.put("place", db.one("select place_id from offer where id = ?", offerP));
                long spontaneous = db.spontaneous(direction, family, "Spont" + tag, email(tag, 4));
                own.put("spont", spontaneous);
                own.put("spontCv", db.cvOfSpontaneous(spontaneous));
                own.put("newAgent", tag.toLowerCase() + "@nouveaux.example");
                own.put("tag", tag);
                IDS.put(caller, own);
            }
        }
        smtp = Browsers.mailCatcher();
    }

    @AfterAll
    static void close() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static String email(String tag, int which) {
        return tag.toLowerCase() + "." + which + "@candidats-actions.example";
    }

    /**
     * The expected outcomes, one line per action in the order they run for each caller (a pipeline, then the
     * offer's life), one column per caller in the order of CALLERS.
     */
    private static Map<String, String[]> matrix() {
        Map<String, String[]> lines = new LinkedHashMap<>();
        for (String action : List.of("Recruitment.count", "Recruitment.rows", "Recruitment.byStatus",
                "Recruitment.ids", "Applications.ofOffer", "Applications.document", "Recruitment.open",
                "Recruitment.shortlist", "Recruitment.note", "Recruitment.invite", "Recruitment.contact",
                "Recruitment.accept", "Recruitment.withdraw", "Recruitment.reject", "Recruitment.rejectPending",
                "SpontaneousApplications.attach", "Offers.ofMyDirection#one", "Offers.withHistory", "Offers.update",
                "Offers.duplicate", "Offers.unpublish", "Offers.publish", "Recruitment.closeFilled")) {
            lines.put(action, SERVICE_A);
        }
        lines.put("Offers.create", new String[] {"403", "403", "422", "422", "elsewhere", OK, OK, OK});
        lines.put("Offers.ofMyDirection", EVERY_AGENT);
        lines.put("Applications.countsOfMyOffers", EVERY_AGENT);
        lines.put("Offers.servicesForMe", EVERY_AGENT);
        lines.put("SpontaneousApplications.pool", EVERY_AGENT);
        lines.put("SpontaneousApplications.visible", DIRECTION);
        lines.put("SpontaneousApplications.document", DIRECTION);
        lines.put("Templates.of", DIRECTION);
        lines.put("Templates.mine", CORRESPONDENTS);
        lines.put("Templates.adopt", CORRESPONDENTS);
        lines.put("Templates.save", THE_CORRESPONDENT);
        lines.put("Templates.delete", THE_CORRESPONDENT);
        lines.put("DirectionSettings.mine", CORRESPONDENTS);
        lines.put("DirectionSettings.designateNoticeAddress", CORRESPONDENTS);
        lines.put("DirectionSettings.expectAnswersWithin", CORRESPONDENTS);
        lines.put("Reminders.ofMyDirection", CORRESPONDENTS);
        lines.put("Agents.current", EVERY_AGENT);
        String wrong = "422";
        lines.put("Agents.changePassword", new String[] {"403", "403", wrong, wrong, wrong, wrong, wrong, wrong});
        lines.put("Agents.ofMyDirection", CORRESPONDENTS);
        lines.put("Agents.servicesOfMyDirection", CORRESPONDENTS);
        lines.put("Agents.open", new String[] {"403", "403", "403", "422", "403", "403", OK, "403"});
        lines.put("Agents.setActive", THE_CORRESPONDENT);
        lines.put("Notifications.failed", OFFICE);
        lines.put("Notifications.waiting", OFFICE);
        lines.put("Notifications.resentAfterInterruption", OFFICE);
        lines.put("Notifications.resend", OFFICE);
        lines.put("Alerts.summary", OFFICE);
        lines.put("Alerts.runToday", OFFICE);
        lines.put("Statistics.dashboard", SERVICE_A);
        lines.put("Statistics.directionsForMe", EVERY_AGENT);
        lines.put("Statistics.servicesForMe", DIRECTION);
        lines.put("Statistics.target", OFFICE);
        lines.put("Statistics.setTarget", OFFICE);
        lines.put("CandidateAccounts.current", CANDIDATE);
        lines.put("CandidateAccounts.file", CANDIDATE);
        // another person's application (forged id): not found for the candidate, refused to everyone else
        lines.put("CandidateAccounts.withdraw", new String[] {"403", "404", "403", "403", "403", "403", "403", "403"});
        lines.put("CandidateAccounts.interviewCalendar", new String[] {"403", "404", "403", "403", "403", "403", "403", "403"});
        lines.put("CandidateAccounts.export", CANDIDATE);
        lines.put("CandidateAccounts.profile", CANDIDATE);
        lines.put("CandidateAccounts.saveProfile", CANDIDATE);
        lines.put("CandidateAccounts.storedCvs", CANDIDATE);
        lines.put("CandidateAccounts.storeCv", CANDIDATE);
        // another person's stored CV (forged id): not found for the candidate, refused to everyone else
        lines.put("CandidateAccounts.renameCv", new String[] {"403", "404", "403", "403", "403", "403", "403", "403"});
        lines.put("CandidateAccounts.deleteCv", new String[] {"403", "404", "403", "403", "403", "403", "403", "403"});
        lines.put("CandidateAccounts.storedCvFile", new String[] {"403", "404", "403", "403", "403", "403", "403", "403"});
        lines.put("CandidateAccounts.saveAlert", CANDIDATE);
        lines.put("CandidateAccounts.alerts", CANDIDATE);
        // another person's alert (forged id): not found for the candidate, refused to everyone else
        lines.put("CandidateAccounts.deleteAlert", new String[] {"403", "404", "403", "403", "403", "403", "403", "403"});
        lines.put("CandidateAccounts.withdrawSpontaneous", new String[] {"403", "404", "403", "403", "403", "403", "403", "403"});
        // last: it erases the candidate caller's own account (then nothing more of theirs to call)
        lines.put("CandidateAccounts.erase", CANDIDATE);
        return lines;
    }

    @Test
    void everyGuardedBusinessMethodIsInTheMatrixAndTheProbe() throws Exception {
        TreeSet<String> inMatrix = matrix().keySet().stream().map(a -> a.replaceAll("#.*", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        TreeSet<String> signatures = guardedMethods();
        TreeSet<String> missing = signatures.stream().map(s -> s.replaceAll("\\(.*", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        missing.removeAll(inMatrix);
        assertTrue(missing.isEmpty(), "business methods without their line in the action matrix: " + missing);
        // a line names a method ("Offers.ofMyDirection", "Offers.ofMyDirection#one"): a method of that name added
        // beside it (an overload) would else pass unprobed. As many lines as there are methods of that name.
        Map<String, Long> lines = matrix().keySet().stream().collect(Collectors.groupingBy(
                a -> a.replaceAll("#.*", ""), Collectors.counting()));
        Map<String, List<String>> byName = signatures.stream().collect(Collectors.groupingBy(
                s -> s.replaceAll("\\(.*", "")));
        List<String> overloads = byName.entrySet().stream()
                .filter(same -> same.getValue().size() > lines.getOrDefault(same.getKey(), 0L))
                .map(same -> same.getValue().toString()).toList();
        assertTrue(overloads.isEmpty(), "guarded methods of one name with fewer lines than methods: " + overloads);
        assertEquals(new TreeSet<>(matrix().keySet()), new TreeSet<>(Arrays.asList(
                probe(HttpClient.newHttpClient(), null, "list", Map.of()).split("\n"))), "the probe calls exactly the matrix's actions");
    }

    @Test
    void eachCallerGetsExactlyWhatTheMatrixSaysRefusedCallsChangeNothingAndDoneOnesSendTheirMails() throws Exception {
        List<String> wrong = new ArrayList<>();
        String shared = sharedFixtures();
        for (int c = 0; c < CALLERS.size(); c++) {
            String caller = CALLERS.get(c);
            if (caller.equals("correspondent")) {
                // every caller so far was refused what changes the shared fixtures: they are as they were
                assertEquals(shared, sharedFixtures(), "the shared fixtures after the refused calls");
            }
            Map<String, Object> ids = new HashMap<>(IDS.get(""));
            ids.putAll(IDS.get(caller));
            HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            for (Map.Entry<String, String[]> line : matrix().entrySet()) {
                String outcome = probe(session, LOGINS.get(caller), line.getKey(), ids);
                if (!outcome.equals(line.getValue()[c])) {
                    wrong.add(caller + " " + line.getKey() + ": " + outcome + " instead of " + line.getValue()[c]);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));

        try (TestDatabase db = TestDatabase.open()) {
            for (int c = 0; c < CALLERS.size(); c++) {
                Map<String, Object> own = IDS.get(CALLERS.get(c));
                boolean allowed = SERVICE_A[c].equals(OK);
                String who = CALLERS.get(c);
                assertEquals(allowed ? "WITHDRAWN" : "RECEIVED", db.statusOf((Long) own.get("app1")), who);
                assertEquals(allowed ? "REJECTED" : "RECEIVED", db.statusOf((Long) own.get("app2")), who);
                assertEquals(allowed ? "REJECTED" : "RECEIVED", db.statusOf((Long) own.get("app3")), who);
                assertEquals(allowed ? "FILLED" : "PUBLISHED", db.offerStatus((Long) own.get("offerP")), who);
                assertEquals(allowed ? "1" : "0", db.one("select count(*) from application a join "
                        + "spontaneous_application s on s.email = a.email where s.id = ?", own.get("spont")), who);
                assertEquals(allowed ? "9" : "0", db.one("select count(*) from application_event where application_id"
                        + " in (?, ?, ?)", own.get("app1"), own.get("app2"), own.get("app3")), who
                        + ": read, shortlisted, note, invited, message, accepted, withdrawn; two rejections");
            }
        }
        theCallsThatWentThroughSentTheirMails();
    }

    /** Each step that writes to the candidate sent its mail, in the candidate's language; refused ones none. */
    private static void theCallsThatWentThroughSentTheirMails() throws Exception {
        for (int c = 0; c < CALLERS.size(); c++) {
            String tag = (String) IDS.get(CALLERS.get(c)).get("tag");
            if (!SERVICE_A[c].equals(OK)) {
                continue;
            }
            awaitMail(() -> received(smtp, email(tag, 1)).size() == 2 && received(smtp, email(tag, 2)).size() == 1
                    && received(smtp, email(tag, 3)).size() == 1 && received(smtp, email(tag, 4)).size() == 1,
                    CALLERS.get(c) + "'s mails");
            assertEquals(List.of("Invitation à un entretien : « Offre des actions " + MARK + " »",
                    "Une question (candidature " + reference(email(tag, 1)) + ")"),
                    received(smtp, email(tag, 1)).stream().map(Browsers::subject).sorted().toList());
            assertEquals("Your application for the offer \"Offre des actions " + MARK + "\"",
                    subject(received(smtp, email(tag, 2)).get(0)));
            assertEquals("Votre candidature à l'offre « Offre des actions " + MARK + " »",
                    subject(received(smtp, email(tag, 3)).get(0)));
            assertTrue(subject(received(smtp, email(tag, 4)).get(0)).contains("Offre des actions " + MARK),
                    subject(received(smtp, email(tag, 4)).get(0)));
        }
        // a mail is logged in the transaction of the call that sends it: a refused call left no row, so nothing
        // can leave later (no waiting for what might still arrive)
        try (TestDatabase db = TestDatabase.open()) {
            for (int c = 0; c < CALLERS.size(); c++) {
                String tag = (String) IDS.get(CALLERS.get(c)).get("tag");
                if (!SERVICE_A[c].equals(OK)) {
                    for (int which = 1; which <= 4; which++) {
                        assertEquals("0", db.one("select count(*) from mail where recipient = ?", email(tag, which)),
                                CALLERS.get(c) + " " + which);
                        assertEquals(0, received(smtp, email(tag, which)).size(), CALLERS.get(c) + " " + which);
                    }
                }
            }
        }
    }

    /**
     * What the calls on shared ids would change: the direction's settings, the template, the other agent's
     * account, the failed mail. The probe's arguments differ from these values, so a call let through shows.
     */
    private static String sharedFixtures() throws Exception {
        Map<String, Object> ids = IDS.get("");
        try (TestDatabase db = TestDatabase.open()) {
            return String.join(" | ",
                    db.one("select coalesce(notice_email, '-') || ' ' || response_days from direction where id = ?",
                            ids.get("direction")),
                    db.one("select name || ' ' || text_fr from message_template where id = ?", ids.get("template")),
                    db.one("select active from agent where id = ?", ids.get("agentZ")),
                    db.one("select status from mail where id = ?", ids.get("mail")),
                    db.one("select name || ' ' || document_id from stored_cv where id = ?", ids.get("storedCv")),
                    db.one("select name || ' ' || query from search_alert where id = ?", ids.get("alert")));
        }
    }

    private static String reference(String email) throws Exception {
        try (TestDatabase db = TestDatabase.open()) {
            return db.one("select reference from application where email = ?", email);
        }
    }

    /** The probe's answer to that caller (null: nobody logged in) calling that action with those ids. */
    private static String probe(HttpClient session, String login, String action, Map<String, Object> ids) {
        String query = ids.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(
                String.valueOf(e.getValue()), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(WebClient.BASE + "/probe/act?do="
                + URLEncoder.encode(action, StandardCharsets.UTF_8) + (query.isEmpty() ? "" : "&" + query)));
        if (login != null && login.startsWith(CANDIDATE_ACCOUNT)) {
            request.header(fr.stages.probe.ActionProbe.CANDIDATE_HEADER, login.substring(CANDIDATE_ACCOUNT.length()));
        } else if (login != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (login + ":" + TestDatabase.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = session.send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : "HTTP " + response.statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The business methods a role guards (a @RolesAllowed on the method, or on its bean without @PermitAll on
     * the method), as "Bean.method(ParameterTypes)", from the EJB module the EAR ships. (A method with no rule
     * at all, or open to everyone without being listed, fails stages-ejb's SecurityRulesTest.)
     */
    private static TreeSet<String> guardedMethods() throws Exception {
        TreeSet<String> guarded = new TreeSet<>();
        try (ZipFile archive = new ZipFile(Paths.get(System.getProperty("stages.ear", "target/stages.ear")).toFile())) {
            ZipEntry jar = archive.getEntry("stages-ejb.jar");
            try (InputStream in = archive.getInputStream(jar); ZipInputStream entries = new ZipInputStream(in)) {
                for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                    String name = entry.getName();
                    if (!name.contains("/boundary/") || !name.endsWith(".class") || name.contains("$")) {
                        continue;
                    }
                    Class<?> bean = Class.forName(name.replace('/', '.').replace(".class", ""));
                    if (!bean.isAnnotationPresent(Stateless.class) && !bean.isAnnotationPresent(Singleton.class)) {
                        continue;
                    }
                    for (Method method : bean.getDeclaredMethods()) {
                        boolean guardedMethod = method.isAnnotationPresent(RolesAllowed.class)
                                || bean.isAnnotationPresent(RolesAllowed.class)
                                && !method.isAnnotationPresent(PermitAll.class);
                        if (Modifier.isPublic(method.getModifiers()) && guardedMethod && !method.isSynthetic()) {
                            guarded.add(bean.getSimpleName() + "." + method.getName() + "(" + Arrays.stream(
                                    method.getParameterTypes()).map(Class::getSimpleName)
                                    .collect(Collectors.joining(",")) + ")");
                        }
                    }
                }
            }
        }
        assertTrue(guarded.size() > 30, "guarded methods found: " + guarded);
        return guarded;
    }
}

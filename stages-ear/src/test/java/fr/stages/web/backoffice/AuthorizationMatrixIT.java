package fr.stages.web.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.web.Ear;
import fr.stages.web.TestDatabase;
import fr.stages.web.WebClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who reaches what in the back office: every page (and the candidates' files) for each kind of caller, with
 * the answer expected — the page (200), the login page (302), forbidden (403) or, for another service's or
 * direction's data, not found (404) as if it did not exist. The pages are read from the EAR itself: a page
 * added without its line here fails the build.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Ear.built();
    }

    private static final String MARK = TestDatabase.unique();
    /** The callers, in the order of each line's expected answers. */
    private static final List<String> CALLERS = List.of("anonymous", "candidate", "agent A", "agent B (same direction)",
            "agent of another direction", "correspondent", "internship office");
    private static final Map<String, String> LOGINS = new LinkedHashMap<>();

    private static long offer;
    private static long application;
    private static long cv;
    private static long spontaneous;

    @BeforeAll
    static void aDirectionWithTwoServices() throws Exception {
        for (String caller : CALLERS.subList(2, CALLERS.size())) {
            LOGINS.put(caller, TestDatabase.unique().toLowerCase() + "@matrice.example");
        }
        try (TestDatabase db = TestDatabase.open()) {
            long direction = db.direction(TestDatabase.unique(), "Direction de la matrice " + MARK);
            long serviceA = db.service(direction, "Service A " + MARK);
            long serviceB = db.service(direction, "Service B " + MARK);
            db.agentOfService(LOGINS.get("agent A"), direction, serviceA);
            db.agentOfService(LOGINS.get("agent B (same direction)"), direction, serviceB);
            db.agent(LOGINS.get("agent of another direction"), "agent",
                    db.direction(TestDatabase.unique(), "Autre direction " + MARK));
            db.agent(LOGINS.get("correspondent"), "correspondent", direction);
            db.agent(LOGINS.get("internship office"), "office", null);
            offer = db.offer(direction, "PUBLISHED", "Offre de la matrice " + MARK, LocalDate.now().plusDays(20));
            db.serve(offer, serviceA);
            String email = TestDatabase.unique().toLowerCase() + "@candidats.example";
            application = db.application(offer, "Mathis", email, "fr", 1);
            cv = db.cvOfApplication(email);
            spontaneous = db.spontaneous(direction, db.jobFamily("Famille " + MARK), "Lina",
                    TestDatabase.unique().toLowerCase() + "@candidats.example");
        }
    }

    /**
     * The expected answers, one line per address: anonymous, candidate, agent A (the offer's service), agent B
     * (another service of the direction), agent of another direction, correspondent, internship office.
     */
    private static Map<String, int[]> matrix() {
        Map<String, int[]> lines = new LinkedHashMap<>();
        int[] everyAgent = {302, 302, 200, 200, 200, 200, 200};
        int[] serviceA = {302, 302, 200, 404, 404, 200, 200};
        int[] direction = {302, 302, 200, 200, 404, 200, 200};
        lines.put("/backoffice/offers.xhtml", everyAgent);
        lines.put("/backoffice/offer.xhtml?id=" + offer, serviceA);
        lines.put("/backoffice/offer-edit.xhtml", everyAgent);
        lines.put("/backoffice/offer-edit.xhtml?id=" + offer, serviceA);
        lines.put("/backoffice/preview.xhtml?id=" + offer, serviceA);
        lines.put("/backoffice/application.xhtml?id=" + application, serviceA);
        lines.put("/backoffice/documents/" + cv, serviceA);
        lines.put("/backoffice/pool.xhtml", everyAgent);
        lines.put("/backoffice/attach.xhtml?candidature=" + spontaneous, direction);
        lines.put("/backoffice/direction.xhtml", new int[] {302, 302, 403, 403, 403, 200, 403});
        lines.put("/backoffice/agents.xhtml", new int[] {302, 302, 403, 403, 403, 200, 403});
        lines.put("/backoffice/password.xhtml", everyAgent);
        lines.put("/backoffice/mails.xhtml", new int[] {302, 302, 403, 403, 403, 403, 200});
        return lines;
    }

    @Test
    void everyBackOfficePageIsInTheMatrix() throws IOException {
        TreeSet<String> inMatrix = new TreeSet<>();
        matrix().keySet().forEach(path -> inMatrix.add(path.replaceAll("\\?.*", "").replaceAll("/documents/.*",
                "/documents/*")));
        TreeSet<String> missing = new TreeSet<>(backOfficePages());
        missing.removeAll(inMatrix);
        assertTrue(missing.isEmpty(), "back-office pages without their line in the authorisation matrix: " + missing);
    }

    @Test
    void eachCallerGetsExactlyWhatTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        for (int c = 0; c < CALLERS.size(); c++) {
            String caller = CALLERS.get(c);
            WebClient web = new WebClient();
            if (LOGINS.containsKey(caller)) {
                assertEquals(302, web.login(LOGINS.get(caller), TestDatabase.PASSWORD).statusCode(), caller);
            } else if (caller.equals("candidate")) {
                web.get("/"); // a visitor of the public site, with its session: candidates have no account
            }
            for (Map.Entry<String, int[]> line : matrix().entrySet()) {
                int status = line.getKey().contains("/documents/") ? web.download(line.getKey()).statusCode()
                        : web.get(line.getKey()).statusCode();
                if (status != line.getValue()[c]) {
                    wrong.add(caller + " " + line.getKey() + ": " + status + " instead of " + line.getValue()[c]);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** The back office's pages as the EAR ships them (and the files' servlet), as paths. */
    private static List<String> backOfficePages() throws IOException {
        Path ear = Paths.get(System.getProperty("stages.ear", "target/stages.ear"));
        List<String> pages = new ArrayList<>();
        try (ZipFile archive = new ZipFile(ear.toFile())) {
            ZipEntry war = archive.stream().filter(e -> e.getName().endsWith(".war")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no WAR in " + ear));
            try (InputStream in = archive.getInputStream(war); ZipInputStream entries = new ZipInputStream(in)) {
                for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                    if (entry.getName().startsWith("backoffice/") && entry.getName().endsWith(".xhtml")) {
                        pages.add("/" + entry.getName());
                    }
                }
            }
        }
        pages.add("/backoffice/documents/*");
        assertTrue(pages.size() > 5, "pages found in the EAR: " + pages);
        return pages;
    }
}

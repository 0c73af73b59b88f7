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
            "agent of another direction", "correspondent of another direction", "correspondent", "internship office");
    private static final Map<String, String> LOGINS = new LinkedHashMap<>();

    private static final WebClient CANDIDATE = WebClient.candidate();
    private static long offer;
    private static long application;
    private static long cv;
    private static long spontaneous;
    private static long directionId;
    private static long serviceAId;

    @BeforeAll
    static void aDirectionWithTwoServices() throws Exception {
        for (String caller : CALLERS.subList(2, CALLERS.size())) {
            LOGINS.put(caller, TestDatabase.unique().toLowerCase() + "@matrice.example");
        }
        try (TestDatabase db = TestDatabase.open()) {
            long direction = db.direction(TestDatabase.unique(), "Direction de la matrice " + MARK);
            long serviceA = db.service(direction, "Service A " + MARK);
            long serviceB = db.service(direction, "Service B " + MARK);
            directionId = direction;
            serviceAId = serviceA;
            db.agentOfService(LOGINS.get("agent A"), direction, serviceA);
            db.agentOfService(LOGINS.get("agent B (same direction)"), direction, serviceB);
            long other = db.direction(TestDatabase.unique(), "Autre direction " + MARK);
            db.agent(LOGINS.get("agent of another direction"), "agent", other);
            db.agent(LOGINS.get("correspondent of another direction"), "correspondent", other);
            db.agent(LOGINS.get("correspondent"), "correspondent", direction);
            db.agent(LOGINS.get("internship office"), "office", null);
            offer = db.offer(direction, "PUBLISHED", "Offre de la matrice " + MARK, LocalDate.now().plusDays(20));
            db.serve(offer, serviceA);
            spontaneous = db.spontaneous(direction, db.jobFamily("Famille " + MARK), "Lina",
                    TestDatabase.unique().toLowerCase() + "@candidats.example");
        }
        // the candidate: one who applied through the public form and read their receipt, whose own application
        // and CV are lines of the matrix
        new WebClient().awaitBody(WebClient.search("Offre de la matrice " + MARK), "/offers/offer.xhtml?id=" + offer);
        String email = TestDatabase.unique().toLowerCase() + "@candidats.example";
        CANDIDATE.applyTo(offer, "Mathis", email);
        try (TestDatabase db = TestDatabase.open()) {
            application = Long.parseLong(db.one("select id from application where email = ?", email));
            cv = db.cvOfApplication(email);
        }
    }

    /**
     * The expected answers, one line per address: anonymous, candidate, agent A (the offer's service), agent B
     * (another service of the direction), agent and correspondent of another direction, correspondent, internship
     * office.
     */
    private static Map<String, int[]> matrix() {
        Map<String, int[]> lines = new LinkedHashMap<>();
        int[] everyAgent = {302, 302, 200, 200, 200, 200, 200, 200};
        int[] serviceA = {302, 302, 200, 404, 404, 404, 200, 200};
        int[] direction = {302, 302, 200, 200, 404, 404, 200, 200};
        lines.put("/backoffice/offers.xhtml", everyAgent);
        lines.put("/backoffice/offer.xhtml?id=" + offer, serviceA);
        lines.put("/backoffice/offer-edit.xhtml", everyAgent);
        lines.put("/backoffice/offer-edit.xhtml?id=" + offer, serviceA);
        lines.put("/backoffice/preview.xhtml?id=" + offer, serviceA);
        lines.put("/backoffice/application.xhtml?id=" + application, serviceA);
        lines.put("/backoffice/documents/" + cv, serviceA);
        lines.put("/backoffice/pool.xhtml", everyAgent);
        lines.put("/backoffice/attach.xhtml?candidature=" + spontaneous, direction);
        int[] correspondents = {302, 302, 403, 403, 403, 200, 200, 403};
        lines.put("/backoffice/direction.xhtml", correspondents);
        lines.put("/backoffice/agents.xhtml", correspondents);
        lines.put("/backoffice/password.xhtml", everyAgent);
        lines.put("/backoffice/mails.xhtml", new int[] {302, 302, 403, 403, 403, 403, 403, 200});
        // statistics: each caller's own scope; the fixture's direction, and its service A, by forged ids
        lines.put("/backoffice/statistics.xhtml", everyAgent);
        lines.put("/backoffice/statistics.xhtml?direction=" + directionId, direction);
        lines.put("/backoffice/statistics.xhtml?direction=" + directionId + "&service=" + serviceAId, serviceA);
        String export = "/backoffice/statistics-export?tableau=parcours&format=csv";
        lines.put(export, everyAgent);
        lines.put(export + "&direction=" + directionId, direction);
        lines.put(export + "&direction=" + directionId + "&service=" + serviceAId, serviceA);
        return lines;
    }

    @Test
    void everyBackOfficePageIsInTheMatrix() throws IOException {
        TreeSet<String> missing = withoutLine(backOfficePages());
        assertTrue(missing.isEmpty(), "back-office pages without their line in the authorisation matrix: " + missing);
    }

    @Test
    void eachCallerGetsExactlyWhatTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        for (int c = 0; c < CALLERS.size(); c++) {
            String caller = CALLERS.get(c);
            WebClient web = caller.equals("candidate") ? CANDIDATE : new WebClient();
            if (LOGINS.containsKey(caller)) {
                assertEquals(302, web.login(LOGINS.get(caller), TestDatabase.PASSWORD).statusCode(), caller);
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

    /**
     * Filters mapped under /backoffice/ that answer no request of their own (they end a closed account's session,
     * refuse another site's POST, let the statistics pages through one at a time — 503 only for one that waited
     * too long —, after the container's checks, for pages that have their lines): any other filter or servlet there
     * fails the build until it has its line.
     */
    private static final java.util.Set<String> GUARDS = java.util.Set.of("ClosedAccountFilter /backoffice/*",
            "SameOriginPosts /backoffice/*", "StatisticsGate /backoffice/statistics.xhtml",
            "StatisticsGate /backoffice/statistics-export");

    /**
     * The whole string constants of a class file (an annotation's values among them) that begin with that text:
     * each is a CONSTANT_Utf8 entry, its tag (1) and its length just before it.
     */
    private static List<String> stringConstants(String classFile, String beginning) {
        List<String> found = new ArrayList<>();
        for (int at = classFile.indexOf(beginning); at >= 3; at = classFile.indexOf(beginning, at + 1)) {
            int length = (classFile.charAt(at - 2) << 8) | classFile.charAt(at - 1);
            if (classFile.charAt(at - 3) == 1 && at + length <= classFile.length()) {
                found.add(classFile.substring(at, at + length));
            }
        }
        return found;
    }

    /**
     * The back office's pages as the EAR ships them, and every servlet mapped under /backoffice/ (by annotation or
     * in web.xml), as paths ("/backoffice/documents/*"). A filter mapped there must be one of GUARDS.
     */
    private static List<String> backOfficePages() throws IOException {
        Path ear = Paths.get(System.getProperty("stages.ear", "target/stages.ear"));
        Found found;
        try (ZipFile archive = new ZipFile(ear.toFile())) {
            ZipEntry war = archive.stream().filter(e -> e.getName().endsWith(".war")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no WAR in " + ear));
            try (InputStream in = archive.getInputStream(war)) {
                found = inWar(in);
            }
        }
        assertTrue(found.unknownFilters().isEmpty(), "filters under /backoffice/ that are not known guards: "
                + found.unknownFilters());
        assertTrue(found.pages().contains("/backoffice/documents/*"), "the files' servlet found: " + found.pages());
        assertTrue(found.pages().size() > 10, "pages found in the EAR: " + found.pages());
        return found.pages();
    }

    /** What a WAR maps under /backoffice/: its pages and servlets, and the filters that are not known guards. */
    private record Found(List<String> pages, List<String> unknownFilters) {
    }

    private static Found inWar(InputStream war) throws IOException {
        List<String> pages = new ArrayList<>();
        List<String> unknownFilters = new ArrayList<>();
        java.util.regex.Pattern mapped = java.util.regex.Pattern.compile("/backoffice/[A-Za-z0-9_./*-]*");
        try (ZipInputStream entries = new ZipInputStream(war)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                String name = entry.getName().replaceFirst("^/", "");
                if (name.startsWith("backoffice/") && name.endsWith(".xhtml")) {
                    pages.add("/" + name);
                } else if (name.startsWith("WEB-INF/classes/") && name.endsWith(".class")) {
                    String bytes = new String(entries.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                    String simple = name.replaceAll(".*/", "").replace(".class", "");
                    for (String path : stringConstants(bytes, "/backoffice/")) {
                        if (bytes.contains("jakarta/servlet/annotation/WebServlet")) {
                            pages.add(path);
                        } else if (bytes.contains("jakarta/servlet/annotation/WebFilter")
                                && !GUARDS.contains(simple + " " + path)) {
                            unknownFilters.add(simple + " " + path);
                        }
                    }
                } else if (name.equals("WEB-INF/web.xml")) {
                    String xml = new String(entries.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    java.util.regex.Matcher mapping = java.util.regex.Pattern.compile(
                            "<(servlet|filter)-mapping>\\s*<\\1-name>([^<]+)</\\1-name>(.*?)</\\1-mapping>",
                            java.util.regex.Pattern.DOTALL).matcher(xml);
                    while (mapping.find()) {
                        java.util.regex.Matcher path = mapped.matcher(mapping.group(3));
                        while (path.find()) {
                            if (mapping.group(1).equals("servlet")) {
                                pages.add(path.group());
                            } else if (!GUARDS.contains(mapping.group(2) + " " + path.group())) {
                                unknownFilters.add(mapping.group(2) + " " + path.group());
                            }
                        }
                    }
                }
            }
        }
        return new Found(pages, unknownFilters);
    }

    /** The pages and servlets found that have no line in the matrix. */
    private static TreeSet<String> withoutLine(List<String> pages) {
        TreeSet<String> inMatrix = new TreeSet<>();
        matrix().keySet().forEach(path -> inMatrix.add(path.replaceAll("\\?.*", "").replaceAll("/documents/.*",
                "/documents/*")));
        TreeSet<String> missing = new TreeSet<>(pages);
        missing.removeAll(inMatrix);
        return missing;
    }

    /**
     * The matrix's own guard, tried: a WAR with a servlet added under /backoffice/ by annotation, another by
     * web.xml, and a filter, none with a line. Each is reported, so the build would fail on the real EAR.
     */
    @Test
    void aServletOrFilterAddedUnderTheBackOfficeWithoutItsLineIsCaught() throws IOException {
        org.jboss.shrinkwrap.api.spec.WebArchive war = org.jboss.shrinkwrap.api.ShrinkWrap.create(
                org.jboss.shrinkwrap.api.spec.WebArchive.class, "planted.war")
                .addClasses(PlantedExport.class, PlantedFilter.class)
                .addAsWebResource(new org.jboss.shrinkwrap.api.asset.StringAsset("<html/>"), "backoffice/offers.xhtml")
                .setWebXML(new org.jboss.shrinkwrap.api.asset.StringAsset("""
                        <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                            <servlet><servlet-name>Dump</servlet-name><servlet-class>x.Dump</servlet-class></servlet>
                            <servlet-mapping>
                                <servlet-name>Dump</servlet-name>
                                <url-pattern>/backoffice/dump/*</url-pattern>
                            </servlet-mapping>
                        </web-app>"""));
        Found found;
        try (InputStream in = war.as(org.jboss.shrinkwrap.api.exporter.ZipExporter.class).exportAsInputStream()) {
            found = inWar(in);
        }
        assertEquals(new TreeSet<>(List.of("/backoffice/dump/*", "/backoffice/export/*")), withoutLine(found.pages()),
                "the two servlets without a line, not the page that has one: " + found.pages());
        assertEquals(List.of("AuthorizationMatrixIT$PlantedFilter /backoffice/*"), found.unknownFilters());
    }

    @jakarta.servlet.annotation.WebServlet("/backoffice/export/*")
    static class PlantedExport extends jakarta.servlet.http.HttpServlet {
        private static final long serialVersionUID = 1L;
    }

    @jakarta.servlet.annotation.WebFilter("/backoffice/*")
    static class PlantedFilter extends jakarta.servlet.http.HttpFilter {
        private static final long serialVersionUID = 1L;
    }
}

package fr.stages.web.backoffice;

import static fr.stages.web.Browsers.accessible;
import static fr.stages.web.Browsers.assertNoHorizontalScroll;
import static fr.stages.web.Browsers.french;
import static fr.stages.web.Browsers.logIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import fr.stages.web.Ear;
import fr.stages.web.TestDatabase;
import fr.stages.web.WebClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The statistics page against a small history whose answers are worked out by hand below: a direction of this
 * run with two services, offers and applications dated in the school year 2023-2024 (and one of each a year
 * earlier), with their answers, shortlists and interviews. Each role sees its scope (the office the city, a
 * correspondent the direction, an agent the service) and nothing else, even with forged ids; the exports mask
 * groups under five people and parse back (CSV and XLSX); the page passes axe-core at 1280 and 320 px.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Ear.built();
    }

    private static final String RUN = TestDatabase.unique().toLowerCase();
    private static final String OFFICE = "bureau." + RUN + "@stats.example";
    private static final String CORRESPONDENT = "correspondant." + RUN + "@stats.example";
    private static final String AGENT = "agent." + RUN + "@stats.example";
    private static final String OTHER = "autre." + RUN + "@stats.example";
    private static final String DIRECTION = "Direction des statistiques " + RUN;
    private static final String YEAR = "du=2023-09-01&au=2024-08-31";
    private static long direction;
    private static long otherDirection;
    private static long first;
    private static long second;
    private static long otherService;

    @BeforeAll
    static void history() throws Exception {
        try (TestDatabase db = TestDatabase.open()) {
            direction = db.direction(TestDatabase.unique(), DIRECTION);
            otherDirection = db.direction(TestDatabase.unique(), "Direction voisine " + RUN);
            db.execute("update direction set response_days = 10 where id = ?", direction);
            first = db.service(direction, "Service des parcs " + RUN);
            second = db.service(direction, "Service des écoles " + RUN);
            otherService = db.service(otherDirection, "Service voisin " + RUN);
            db.agent(OFFICE, "office", null);
            db.agent(CORRESPONDENT, "correspondent", direction);
            db.agentOfService(AGENT, direction, first);
            db.agent(OTHER, "correspondent", otherDirection);

            // O1: service 1, 2 places, paid, 8 weeks, BAC_3; O2: service 2, 1 place, unpaid, 20 weeks, BAC_5;
            // O3: a year earlier, service 1, 3 places
            long o1 = offer(db, first, "2023-10-02T10:00", 2, true, 8, "BAC_3");
            long o2 = offer(db, second, "2024-03-05T10:00", 1, false, 20, "BAC_5");
            long o3 = offer(db, first, "2022-10-03T10:00", 3, true, 8, "BAC_3");
            // received, status, answered, shortlisted, interview, status changed
            application(db, o1, "2023-10-10T09:00", "REJECTED", "2023-10-12T10:00", null, null, "BAC_3");      // 2 days
            application(db, o1, "2023-10-10T09:00", "ACCEPTED", "2023-10-15T09:00", "2023-10-11T09:00",
                    "2023-10-15T09:00", "BAC_3");                                                           // 5 days
            application(db, o1, "2023-10-11T09:00", "REJECTED", "2023-10-31T12:00", null, null, "BAC_3");      // 20, late
            application(db, o1, "2023-11-02T09:00", "RECEIVED", null, null, null, "BAC_3");                    // late
            application(db, o1, "2023-11-03T09:00", "WITHDRAWN", null, null, null, "BAC_3");                   // not counted
            application(db, o2, "2024-03-06T09:00", "INVITED", "2024-03-08T09:00", "2024-03-07T09:00",
                    "2024-03-20T09:00", "BAC_5");                                                           // 2 days
            application(db, o2, "2024-03-06T09:00", "READ", null, null, null, "BAC_5");                        // late
            application(db, o2, "2024-03-07T09:00", "SHORTLISTED", null, "2024-03-08T09:00", null, "BAC_5");   // late
            application(db, o2, "2024-03-07T09:00", "REJECTED", "2024-03-10T09:00", null, null, "BAC_5");      // 3 days
            application(db, o3, "2022-10-10T09:00", "REJECTED", "2022-10-11T10:00", null, null, "BAC_3");      // 1 day
            application(db, o3, "2022-10-10T09:00", "RECEIVED", null, null, null, "BAC_3");
            // a spontaneous application for the direction, asking for O2's job family, in March 2024
            long family = Long.parseLong(db.one("select job_family_id from offer where id = ?", o2));
            long spontaneous = db.spontaneous(direction, family, "Spontanée", "spontanee." + RUN + "@stats.example");
            db.execute("update spontaneous_application set received_at = ? where id = ?",
                    LocalDateTime.parse("2024-03-12T09:00"), spontaneous);
        }
    }

    private static long offer(TestDatabase db, long service, String published, int places, boolean paid, int weeks,
                              String level) {
        long id = db.offer(direction, "EXPIRED", "Stage statistique " + RUN, java.time.LocalDate.now().minusDays(1));
        db.execute("update offer set service_id = ?, published_at = ?, positions = ?, paid = ?, duration_weeks = ?,"
                + " education_level = ? where id = ?", service, LocalDateTime.parse(published), places, paid, weeks,
                level, id);
        return id;
    }

    private static void application(TestDatabase db, long offer, String received, String status, String answered,
                                    String shortlisted, String interview, String level) {
        long id = db.application(offer, "Candidat", "candidat." + TestDatabase.unique() + "@stats.example", "fr", 0);
        LocalDateTime at = LocalDateTime.parse(received);
        LocalDateTime changed = answered != null ? LocalDateTime.parse(answered) : at.plusHours(1);
        db.execute("update application set received_at = ?, status = ?, answered_at = ?, shortlisted_at = ?,"
                + " interview_at = ?, status_changed_at = ?, education_level = ? where id = ?", at, status,
                answered == null ? null : LocalDateTime.parse(answered),
                shortlisted == null ? null : LocalDateTime.parse(shortlisted),
                interview == null ? null : LocalDateTime.parse(interview), changed, level, id);
    }

    private static WebClient signedIn(String login) {
        WebClient web = new WebClient();
        web.login(login, TestDatabase.PASSWORD);
        return web;
    }

    /** The rows of the page's table of that id, each cell as its text (spaces made plain). */
    static List<List<String>> table(String html, String id) {
        Matcher table = Pattern.compile("(?s)<table[^>]*id=\"table-" + id + "\".*?<tbody>(.*?)</tbody>").matcher(html);
        assertTrue(table.find(), "table " + id);
        List<List<String>> rows = new ArrayList<>();
        Matcher row = Pattern.compile("(?s)<tr>(.*?)</tr>").matcher(table.group(1));
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("(?s)<t[hd][^>]*>(.*?)</t[hd]>").matcher(row.group(1));
            while (cell.find()) {
                cells.add(cell.group(1).replaceAll("<[^>]+>", "").replace('\u202f', ' ').replace('\u00a0', ' ')
                        .replace("&#39;", "'").replace("&amp;", "&").strip());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The row whose first cell (or second, for ranked tables) is that label. */
    static List<String> row(List<List<String>> rows, String label) {
        return rows.stream().filter(r -> r.get(0).equals(label) || r.size() > 1 && r.get(1).equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row « " + label + " » in " + rows));
    }

    @Test
    void theCorrespondentsDashboardGivesTheFiguresWorkedOutByHand() {
        String page = signedIn(CORRESPONDENT).get("/backoffice/statistics.xhtml?" + YEAR).body();
        assertTrue(page.contains(DIRECTION), "the direction's own dashboard");

        List<List<String>> headline = table(page, "indicateurs");
        assertEquals(List.of("Offres publiées", "2", "1", "+100 %"), row(headline, "Offres publiées"));
        assertEquals(List.of("Places offertes", "3", "3", "0 %"), row(headline, "Places offertes"));
        assertEquals(List.of("Candidatures reçues sur les offres", "9", "2", "+350 %"),
                row(headline, "Candidatures reçues sur les offres"));
        assertEquals("1", row(headline, "Candidatures spontanées reçues").get(1));
        assertEquals("4,5", row(headline, "Candidatures par offre").get(1), "9 applications, 2 offers");
        assertEquals("1", row(headline, "Stagiaires retenus").get(1));
        assertEquals("0", row(headline, "Stagiaires retenus").get(2));
        assertEquals("50 %", row(headline, "Part des stages gratifiés").get(1));
        assertEquals("14,0", row(headline, "Durée moyenne des stages (semaines)").get(1), "(8 + 20) / 2");
        // answered after 2, 5, 20, 2 and 3 days: [2, 2, 3, 5, 20]; rank ⌈0.5 × 5⌉ = 3 → 3, rank ⌈0.9 × 5⌉ = 5 → 20
        assertEquals("3 jours", row(headline, "Délai médian de première réponse").get(1));
        assertEquals("1 jour", row(headline, "Délai médian de première réponse").get(2), "a year earlier: one answer, 1 day");
        assertEquals("20 jours", row(headline, "Délai de première réponse, 90e centile").get(1));
        // 8 whose delay ran out (the withdrawal without an answer is not counted), 4 without an answer within 10 days
        assertEquals("50 %", row(headline, "Candidatures sans réponse dans le délai de la direction").get(1));
        assertFalse(page.contains("Objectif de stagiaires"), "the city's target is the office's, on the city's dashboard");

        List<List<String>> funnel = table(page, "parcours");
        assertEquals(List.of("Reçues", "9", "100 %"), row(funnel, "Reçues"));
        assertEquals("7", row(funnel, "Ouvertes ou traitées").get(1), "all but the one received and the one withdrawn");
        assertEquals("3", row(funnel, "Présélectionnées").get(1));
        assertEquals("2", row(funnel, "Convoquées à un entretien").get(1));
        assertEquals("1", row(funnel, "Aujourd'hui : stage accordé").get(1));
        assertEquals("3", row(funnel, "Aujourd'hui : non retenues").get(1));
        assertEquals("1", row(funnel, "Aujourd'hui : retirées par le candidat").get(1));
        assertEquals("1", row(funnel, "Aujourd'hui : entretien en cours").get(1));
        assertEquals("0", row(funnel, "Aujourd'hui : en attente, dans le délai").get(1));
        assertEquals("3", row(funnel, "Aujourd'hui : sans réponse au-delà du délai").get(1));

        // per service, ranked: both 50 % late, then the shorter median first
        List<List<String>> times = table(page, "delais");
        assertEquals(2, times.size(), times.toString());
        // service 2: answers after 2 and 3 days: median rank 1 → 2, 90th rank 2 → 3; 2 late of 4
        assertEquals(List.of("1", "Service des écoles " + RUN, "4", "2", "2 jours", "3 jours", "50 %"), times.get(0));
        // service 1: 2, 5, 20: median rank 2 → 5, 90th rank 3 → 20; 2 late (20 days, never) of 4
        assertEquals(List.of("2", "Service des parcs " + RUN, "5", "3", "5 jours", "20 jours", "50 %"), times.get(1));

        List<List<String>> months = table(page, "mois");
        assertEquals(12, months.size(), "September to August");
        // demand per place over the year: (9 + 1) / 3; no month reaches twice that with five people (March: 5 for 1
        // place, 5 < 6.7), no month offered places that nobody asked for
        assertEquals(List.of("Octobre 2023", "1", "2", "3", "0", ""), row(months, "Octobre 2023"));
        assertEquals(List.of("Novembre 2023", "0", "0", "2", "0", ""), row(months, "Novembre 2023"));
        assertEquals(List.of("Mars 2024", "1", "1", "4", "1", ""), row(months, "Mars 2024"));

        List<List<String>> families = table(page, "metiers");
        assertEquals(2, families.size(), "the two job families this direction offered in");
        List<String> parks = families.stream().filter(r -> r.get(4).equals("2,5")).findFirst().orElseThrow();
        assertEquals(List.of("1", "2", "5", "2,5", "0"), parks.subList(1, 6), "O1's family: 5 applications, 2 places");
        List<String> schools = families.stream().filter(r -> r.get(4).equals("4,0")).findFirst().orElseThrow();
        assertEquals(List.of("1", "1", "4", "4,0", "1"), schools.subList(1, 6), "O2's family, asked by the spontaneous one");
        // searches of the public site narrowed to these families (created by this test): none
        assertEquals("0", schools.get(6));
        assertEquals("0", parks.get(6));
        // (4 + 1) a place against (9 + 1) / 3 on average: not twice as much; and both families had candidates
        assertEquals("", schools.get(7));
        assertEquals("", parks.get(7));

        List<List<String>> levels = table(page, "niveaux");
        // applications per place, and no mark: 5 people for 2 places and 4 for 1, against (5 + 4) / 3 on average
        assertEquals(List.of("1", "2", "5", "2,5", ""), row(levels, "Bac+3 (licence, BUT)").subList(1, 6));
        assertEquals(List.of("1", "1", "4", "4,0", ""), row(levels, "Bac+5 (master 2, école d'ingénieur)").subList(1, 6));
        List<List<String>> durations = table(page, "durees");
        assertEquals(List.of("Jusqu'à 2 mois", "1", "2"), durations.get(0));
        assertEquals(List.of("Plus de 4 mois", "1", "1"), durations.get(2));
    }

    @Test
    void anAgentSeesTheirServiceOnlyAndForgedIdsAreNotFound() {
        WebClient agent = signedIn(AGENT);
        String page = agent.get("/backoffice/statistics.xhtml?" + YEAR).body();
        assertTrue(page.contains("Service des parcs " + RUN), page);
        assertEquals("5", row(table(page, "indicateurs"), "Candidatures reçues sur les offres").get(1));
        assertEquals(1, table(page, "delais").size());
        // another service of the direction, another direction, another direction's service: as if none existed
        for (String forged : List.of("&service=" + second, "&direction=" + otherDirection,
                "&direction=" + otherDirection + "&service=" + otherService, "&direction=" + direction + "&service=" + otherService)) {
            HttpResponse<String> answer = agent.get("/backoffice/statistics.xhtml?" + YEAR + forged);
            assertEquals(404, answer.statusCode(), forged);
            assertFalse(answer.body().contains("table-indicateurs"), forged);
            assertEquals(404, agent.download("/backoffice/statistics-export?tableau=parcours&format=csv&" + YEAR + forged)
                    .statusCode(), forged);
        }
        WebClient correspondent = signedIn(CORRESPONDENT);
        assertEquals(404, correspondent.get("/backoffice/statistics.xhtml?" + YEAR + "&direction=" + otherDirection).statusCode());
        assertEquals(404, correspondent.get("/backoffice/statistics.xhtml?" + YEAR + "&service=" + otherService).statusCode());
        String narrowed = correspondent.get("/backoffice/statistics.xhtml?" + YEAR + "&service=" + second).body();
        assertEquals("4", row(table(narrowed, "indicateurs"), "Candidatures reçues sur les offres").get(1),
                "a correspondent narrows to one of the direction's services");
        WebClient other = signedIn(OTHER);
        assertFalse(other.get("/backoffice/statistics.xhtml?" + YEAR).body().contains(DIRECTION));
        // bad input: named next to its field, nothing computed
        String bad = correspondent.get("/backoffice/statistics.xhtml?du=2024-13-01&au=2023-01-01").body();
        assertTrue(bad.contains("id=\"du-error\""), bad);
        assertTrue(bad.contains("Cette date n'est pas valide"), bad);
        String reversed = correspondent.get("/backoffice/statistics.xhtml?du=2024-08-31&au=2023-09-01").body();
        assertTrue(reversed.contains("La fin de la période doit venir après son début."));
        assertFalse(reversed.contains("table-indicateurs"));
    }

    @Test
    void theOfficeRanksTheDirectionsAndSetsTheYearsTarget() throws Exception {
        WebClient office = signedIn(OFFICE);
        String page = office.get("/backoffice/statistics.xhtml?" + YEAR).body();
        assertTrue(page.contains("Toute la Ville"));
        List<String> ours = row(table(page, "delais"), DIRECTION);
        assertEquals(List.of(DIRECTION, "9", "5", "3 jours", "20 jours", "50 %"), ours.subList(1, 7));
        // the target of 2023-2024, set through the form
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(viewState.find(), "the target's form");
        Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("target", "target", "targetYear", "2023",
                "target:targetValue", "3000", "target:save", "", "jakarta.faces.ViewState", viewState.group(1)));
        form.putAll(WebClient.nonce(page));
        HttpResponse<String> refused = office.post("/backoffice/statistics.xhtml", Map.of("target", "target",
                "targetYear", "2023", "target:targetValue", "0", "target:save", "", "jakarta.faces.ViewState",
                viewState.group(1), "primefaces.nonce", WebClient.nonce(page).getOrDefault("primefaces.nonce", "")));
        assertTrue(refused.body().contains("de 1 à 100"), "0 interns: refused next to the field " + refused.body());
        HttpResponse<String> saved = office.post("/backoffice/statistics.xhtml", form);
        assertEquals(302, saved.statusCode(), saved.body());
        String after = office.get(saved.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "")).body();
        assertTrue(after.contains("Objectif enregistré."), after);
        List<String> target = row(table(after, "indicateurs"), "Objectif de stagiaires de l'année (part atteinte)");
        assertEquals("3 000", target.get(1));
        try (TestDatabase db = TestDatabase.open()) {
            assertEquals("3000", db.one("select interns from intern_target where school_year = 2023"));
        }
        // the office narrows to the direction: the same figures as its correspondent
        String narrowed = office.get("/backoffice/statistics.xhtml?" + YEAR + "&direction=" + direction).body();
        assertEquals("9", row(table(narrowed, "indicateurs"), "Candidatures reçues sur les offres").get(1));
        // an agent cannot set it
        WebClient agent = signedIn(AGENT);
        assertFalse(agent.get("/backoffice/statistics.xhtml?" + YEAR).body().contains("target:targetValue"));
    }

    @Test
    void exportsMaskGroupsUnderFivePeopleAndParseBack() throws IOException {
        WebClient correspondent = signedIn(CORRESPONDENT);
        HttpResponse<byte[]> csv = correspondent.download("/backoffice/statistics-export?tableau=parcours&format=csv&" + YEAR);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("statistiques-parcours-2023-09-01-2024-08-31.csv"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte order mark, for spreadsheets to read UTF-8");
        List<String> lines = text.substring(1).lines().toList();
        assertEquals("Étape;Candidatures;Part des reçues", lines.get(0));
        assertTrue(lines.contains("Reçues;9;100 %".replace(" ", "\u202f")) || lines.contains("Reçues;9;100\u00a0%")
                || lines.contains("Reçues;9;100 %"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Présélectionnées;< 5;< 5")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Ouvertes ou traitées;7;")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Aujourd'hui : en attente, dans le délai;0;")),
                "zero is no one: not masked " + lines);

        HttpResponse<byte[]> xlsx = correspondent.download("/backoffice/statistics-export?tableau=delais&format=xlsx&" + YEAR);
        assertEquals(200, xlsx.statusCode());
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertTrue(entries.keySet().containsAll(List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml")), entries.keySet().toString());
        String sheet = entries.get("xl/worksheets/sheet1.xml");
        javax.xml.parsers.DocumentBuilderFactory.newInstance(); // well-formed: parsed below
        try {
            org.w3c.dom.Document parsed = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(sheet.getBytes(StandardCharsets.UTF_8)));
            assertEquals(3, parsed.getElementsByTagName("row").getLength(), "the header and the two services");
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new AssertionError(sheet, e);
        }
        assertTrue(sheet.contains("<v>1</v>"), "the rank as a number");
        assertTrue(sheet.contains("Service des écoles " + RUN));
        assertTrue(sheet.contains("<is><t>&lt; 5</t></is>"), "4 applications: masked " + sheet);
        assertFalse(sheet.contains("<v>4</v>"), sheet);

        assertEquals(404, correspondent.download("/backoffice/statistics-export?tableau=inconnu&format=csv").statusCode());
        assertEquals(404, correspondent.download("/backoffice/statistics-export?tableau=parcours&format=pdf").statusCode());
        assertEquals(302, new WebClient().download("/backoffice/statistics-export?tableau=parcours&format=csv").statusCode(),
                "signed-in agents only");
    }

    @Test
    void agentsAskingAtOnceWaitTheirTurnAndAreAllServed() throws Exception {
        // the statistics pages are served one at a time (StatisticsGate): the others wait, none is refused, and a
        // page that ended in a 404 gives its turn back like the others
        List<WebClient> agents = new ArrayList<>();
        for (String login : List.of(OFFICE, OFFICE, CORRESPONDENT, CORRESPONDENT, AGENT, AGENT)) {
            agents.add(signedIn(login));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(agents.size());
        try {
            List<java.util.concurrent.Future<List<Integer>>> answers = new ArrayList<>();
            for (WebClient agent : agents) {
                answers.add(pool.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < 4; i++) {
                        HttpResponse<String> page = agent.get("/backoffice/statistics.xhtml?" + YEAR
                                + (i == 1 ? "&direction=" + otherDirection + "&service=" + otherService : ""));
                        statuses.add(page.body().contains("table-indicateurs") ? page.statusCode() : -page.statusCode());
                    }
                    return statuses;
                }));
            }
            for (int a = 0; a < answers.size(); a++) {
                List<Integer> statuses = answers.get(a).get(2, java.util.concurrent.TimeUnit.MINUTES);
                boolean office = a < 2; // the office may look at any direction: its second page is found
                assertEquals(List.of(200, office ? 200 : -404, 200, 200), statuses, "agent " + a);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void thePageIsAccessibleForEachRoleAtBothWidths() throws Exception {
        for (String login : List.of(OFFICE, CORRESPONDENT, AGENT)) {
            try (BrowserContext context = french(1280, 900)) {
                Page page = context.newPage();
                page.navigate(WebClient.BASE + "/backoffice/statistics.xhtml");
                logIn(page, login);
                page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Statistiques").setExact(true)).click();
                page.waitForURL("**/backoffice/statistics.xhtml");
                page.getByLabel("Du", new Page.GetByLabelOptions().setExact(true)).fill("2023-09-01");
                page.getByLabel("Au", new Page.GetByLabelOptions().setExact(true)).fill("2024-08-31");
                if (login.equals(OFFICE)) {
                    page.getByLabel("Direction", new Page.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(DIRECTION));
                }
                page.waitForNavigation(() -> page.getByText("Afficher").click());
                assertTrue(page.url().contains("du=2023-09-01"), page.url());
                assertNotNull(page.locator("canvas[role=img]").first().getAttribute("aria-label"));
                String name = "statistics-" + login.substring(0, login.indexOf('.'));
                accessible(page, name);
                page.setViewportSize(320, 800);
                assertNoHorizontalScroll(page);
                accessible(page, name + "-320");
            }
        }
    }
}

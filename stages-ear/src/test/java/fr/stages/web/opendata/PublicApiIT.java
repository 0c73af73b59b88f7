package fr.stages.web.opendata;

import static fr.stages.web.Browsers.accessible;
import static fr.stages.web.Browsers.assertNoHorizontalScroll;
import static fr.stages.web.Browsers.french;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import fr.stages.web.Ear;
import fr.stages.web.TestDatabase;
import fr.stages.web.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public API and the open data files, over HTTP as another site's program reads them, checked against the
 * OpenAPI document the platform itself serves: every documented parameter with a good and a bad value, every
 * documented error, cursor pages that do not shift when an offer is published in between, ETag and 304, CORS in
 * a real browser, the limit per network address; the open data files parsed back against their schema; the
 * documentation page with axe-core at 1280 and 320 px.
 */
@ExtendWith(ArquillianExtension.class)
class PublicApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Ear.built();
    }

    /** A word of this run only, in the titles of the five offers online of a direction of this run. */
    private static final String WORD = "apiword" + TestDatabase.unique().toLowerCase();
    private static final String CODE = "A" + TestDatabase.unique().substring(0, 8).toUpperCase();
    private static final List<Long> ONLINE = new ArrayList<>();
    private static long filled;
    private static long draft;
    private static OpenApiSchemas openApi;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void offers() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Paris")).withNano(0);
        try (TestDatabase db = TestDatabase.open()) {
            long direction = db.direction(CODE, "Direction de l'API " + CODE);
            for (int i = 0; i < 5; i++) {
                long id = db.offer(direction, "PUBLISHED", "Stage " + WORD + " numéro " + i, LocalDate.now().plusDays(20));
                db.publishedAt(id, now.minusHours(10 - i)); // the last one the newest
                ONLINE.add(id);
            }
            filled = db.offer(direction, "PUBLISHED", "Stage pourvu " + WORD, LocalDate.now().plusDays(20));
            draft = db.offer(direction, "DRAFT", "Stage brouillon " + WORD, LocalDate.now().plusDays(20));
        }
        // written with plain JDBC: the search's periodic check (1 s in the test domain) finds them
        awaitTotal("q=" + WORD, 6);
        try (TestDatabase db = TestDatabase.open()) {
            db.filled(filled);
        }
        awaitTotal("q=" + WORD, 5);
        openApi = new OpenApiSchemas(new WebClient().get("/api/v1/openapi.json").body());
    }

    private static JsonObject awaitTotal(String query, int total) throws InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        while (true) {
            HttpResponse<String> answer = new WebClient().get("/api/v1/offers?" + query);
            if (answer.statusCode() == 200) {
                JsonObject page = json(answer.body());
                if (page.getInt("total") == total) {
                    return page;
                }
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("waited 30 s for " + total + " offers: " + answer.body());
            }
            Thread.sleep(250);
        }
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(WebClient.BASE + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The answer, checked against the document's schema for its path and status. */
    private JsonObject valid(HttpResponse<String> answer, String path) {
        String status = Integer.toString(answer.statusCode());
        assertTrue(openApi.statuses(path).contains(status), path + " answered an undocumented " + status + ": "
                + answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("*", answer.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        JsonObject body = json(answer.body());
        List<String> problems = openApi.problems(body, openApi.responseSchema(path, status));
        assertTrue(problems.isEmpty(), path + " " + status + ": " + problems + "\n" + answer.body());
        return body;
    }

    private static String ids(JsonObject page) {
        return page.getJsonArray("offers").stream().map(o -> Long.toString(o.asJsonObject().getJsonNumber("id")
                .longValue())).toList().toString();
    }

    @Test
    void cursorPagesReachEveryOfferOnceEvenWhenOneIsPublishedInBetween() throws Exception {
        JsonObject first = valid(get("/api/v1/offers?q=" + WORD + "&tri=recent&limit=2"), "/offers");
        assertEquals(5, first.getInt("total"));
        assertEquals(2, first.getInt("limit"));
        assertEquals(List.of(ONLINE.get(4), ONLINE.get(3)).toString(), ids(first), "newest first");
        JsonObject offer = first.getJsonArray("offers").getJsonObject(0);
        assertEquals("Stage " + WORD + " numéro 4", offer.getString("title"));
        assertEquals(WebClient.BASE + "/offers/offer.xhtml?id=" + ONLINE.get(4), offer.getString("url"));
        assertEquals(CODE, offer.getJsonObject("direction").getString("code"));
        assertEquals("BAC_3", offer.getJsonObject("educationLevel").getString("code"));
        assertEquals("Bac+3 (licence, BUT)", offer.getJsonObject("educationLevel").getString("label"));
        assertFalse(offer.getBoolean("paid"));

        // an offer published now, the newest of all, before the second page is asked
        long newer;
        try (TestDatabase db = TestDatabase.open()) {
            newer = db.offer(Long.parseLong(db.one("select id from direction where code = ?", CODE)), "PUBLISHED",
                    "Stage " + WORD + " arrivé entre deux pages", LocalDate.now().plusDays(20));
            db.publishedNow(newer);
        }
        awaitTotal("q=" + WORD, 6);
        String next = first.getJsonObject("next").getString("url");
        assertTrue(next.startsWith(WebClient.BASE + "/api/v1/offers?"), next);
        JsonObject second = valid(get(next.substring(WebClient.BASE.length())), "/offers");
        assertEquals(List.of(ONLINE.get(2), ONLINE.get(1)).toString(), ids(second),
                "the second page begins after the first one's last offer, not shifted by the newer one");
        JsonObject third = valid(get(second.getJsonObject("next").getString("url").substring(WebClient.BASE.length())),
                "/offers");
        assertEquals(List.of(ONLINE.get(0)).toString(), ids(third));
        assertEquals(JsonValue.NULL, third.get("next"), "the last page says there is nothing after it");

        // the same search from the start sees the newer offer first; every order reaches each offer once
        for (String sort : List.of("recent", "debut", "titre", "pertinence")) {
            List<String> seen = new ArrayList<>();
            String path = "/api/v1/offers?q=" + WORD + "&tri=" + sort + "&limit=4";
            while (path != null) {
                JsonObject page = valid(get(path), "/offers");
                page.getJsonArray("offers").forEach(o -> seen.add(o.asJsonObject().get("id").toString()));
                path = page.isNull("next") ? null
                        : page.getJsonObject("next").getString("url").substring(WebClient.BASE.length());
            }
            assertEquals(6, seen.size(), sort + ": " + seen);
            assertEquals(6, seen.stream().distinct().count(), sort + ": " + seen);
        }
        try (TestDatabase db = TestDatabase.open()) {
            db.filled(newer);
        }
        awaitTotal("q=" + WORD, 5);
    }

    @Test
    void everyDocumentedParameterTakesItsExampleAndNamesItselfWhenWrong() {
        Map<String, String> wrong = new HashMap<>(Map.ofEntries(Map.entry("q", "x".repeat(201)),
                Map.entry("direction", "pas un code!"), Map.entry("metier", "abc"), Map.entry("lieu", "é"),
                Map.entry("debut", "2027-13"), Map.entry("duree", "eternel"), Map.entry("gratification", "peut-etre"),
                Map.entry("horaires", "nuit"), Map.entry("niveau", "BAC_9"), Map.entry("teletravail", "1"),
                Map.entry("tri", "prix"), Map.entry("limit", "101"), Map.entry("cursor", "bm9uc2Vucw")));
        String cursor = valid(get("/api/v1/offers?q=" + WORD + "&limit=1"), "/offers").getJsonObject("next")
                .getString("cursor");
        int checked = 0;
        for (JsonObject parameter : openApi.parameters("/offers")) {
            String name = parameter.getString("name");
            if (!parameter.getString("in").equals("query")) {
                continue;
            }
            String good = switch (name) {
                case "cursor" -> cursor;
                default -> {
                    JsonValue example = parameter.get("example");
                    assertNotNull(example, name + " has an example in the document");
                    yield example instanceof JsonArray array ? ((JsonString) array.get(0)).getString()
                            : example instanceof JsonString text ? text.getString() : example.toString();
                }
            };
            // with the keywords, so that the cursor given for them (relevance) stays valid
            String base = "/api/v1/offers?" + (name.equals("q") ? "" : "q=" + WORD + "&");
            valid(get(base + name + "=" + enc(good)), "/offers");
            String bad = wrong.remove(name);
            assertNotNull(bad, name + ": a documented parameter this test does not know");
            JsonObject error = valid(get(base + name + "=" + enc(bad)), "/offers").getJsonObject("error");
            assertEquals(400, error.getInt("status"));
            assertEquals("invalid_parameter", error.getString("code"));
            assertEquals(name, error.getString("parameter"));
            assertFalse(error.getJsonObject("message").getString("fr").isBlank());
            assertFalse(error.getJsonObject("message").getString("en").isBlank());
            checked++;
        }
        assertTrue(wrong.isEmpty(), "parameters the API takes but the document does not describe: " + wrong.keySet());
        assertEquals(13, checked);

        // what the document does not describe is refused, and said
        JsonObject unknown = valid(get("/api/v1/offers?couleur=bleu"), "/offers").getJsonObject("error");
        assertEquals("couleur", unknown.getString("parameter"));
        assertTrue(unknown.getJsonObject("message").getString("fr").contains("n'existe pas"), unknown.toString());
        assertEquals("page", valid(get("/api/v1/offers?page=2"), "/offers").getJsonObject("error").getString("parameter"));
        assertEquals("limit", valid(get("/api/v1/offers?limit=2&limit=3"), "/offers").getJsonObject("error")
                .getString("parameter"));
        assertEquals("tri", valid(get("/api/v1/offers?tri=pertinence"), "/offers").getJsonObject("error")
                .getString("parameter"), "relevance without keywords");
        // a cursor of another sort than the request's
        assertEquals("cursor", valid(get("/api/v1/offers?q=" + WORD + "&tri=titre&cursor=" + cursor), "/offers")
                .getJsonObject("error").getString("parameter"));
    }

    @Test
    void filtersAndCountsAreTheSearchPagesOnes() {
        JsonObject byDirection = valid(get("/api/v1/offers?direction=" + CODE.toLowerCase()), "/offers");
        assertEquals(5, byDirection.getInt("total"), "direction codes in any case, as the search");
        JsonArray directions = byDirection.getJsonObject("facets").getJsonArray("direction");
        JsonObject ours = directions.stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("value").equals(CODE)).findFirst().orElseThrow();
        assertEquals(5, ours.getInt("count"));
        assertTrue(ours.getBoolean("selected"));
        assertEquals("Direction de l'API " + CODE, ours.getString("label"));
        assertEquals(0, valid(get("/api/v1/offers?q=" + WORD + "&niveau=BAC_5"), "/offers").getInt("total"));
        assertEquals(5, valid(get("/api/v1/offers?q=" + WORD + "&niveau=BAC_5&niveau=BAC_3"), "/offers")
                .getInt("total"), "values of one filter widen");
        JsonArray levels = valid(get("/api/v1/offers?q=" + WORD + "&niveau=BAC_5"), "/offers").getJsonObject("facets")
                .getJsonArray("niveau");
        assertTrue(levels.stream().map(JsonValue::asJsonObject).anyMatch(l -> l.getString("value").equals("BAC_3")
                && l.getInt("count") == 5), "each value's count keeps the other filters only: " + levels);
        // the search page counts the same offers
        assertTrue(new WebClient().get("/?q=" + WORD).body().contains("5 offres correspondent"));
    }

    @Test
    void oneOfferWithItsTextOr410OnceItLeftOr404() {
        long id = ONLINE.get(0);
        JsonObject offer = valid(get("/api/v1/offers/" + id), "/offers/{id}");
        assertEquals(id, offer.getJsonNumber("id").longValue());
        assertTrue(offer.getString("missions").startsWith("- Mission principale de "), offer.toString());
        assertEquals("2 rue de Lobau, 75004 Paris", offer.getString("address"));
        assertEquals(WebClient.BASE + "/offers/apply.xhtml?offres=" + id, offer.getString("applyUrl"));

        JsonObject gone = valid(get("/api/v1/offers/" + filled), "/offers/{id}").getJsonObject("error");
        assertEquals(410, gone.getInt("status"));
        assertEquals("gone", gone.getString("code"));
        for (String path : List.of("/api/v1/offers/" + draft, "/api/v1/offers/987654321987")) {
            HttpResponse<String> answer = get(path);
            assertEquals(404, answer.statusCode(), path);
            assertEquals("not_found", valid(answer, "/offers/{id}").getJsonObject("error").getString("code"));
        }
        assertEquals(404, get("/api/v1/offers/abc").statusCode());
        assertEquals(404, get("/api/v1/nothing").statusCode());
        assertEquals("invalid_parameter", valid(get("/api/v1/offers/" + id + "?lang=en"), "/offers/{id}")
                .getJsonObject("error").getString("code"));
    }

    @Test
    void repeatedRequestsAreAnsweredNotModifiedAndOtherSitesMayReadThem() throws Exception {
        String path = "/api/v1/offers?q=" + WORD + "&limit=3";
        HttpResponse<String> first = get(path);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = get(path, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("*", again.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertEquals(etag, get(path).headers().firstValue("ETag").orElse(null), "the same bytes, the same tag");
        assertEquals(304, get("/api/v1/offers/" + ONLINE.get(1), "If-None-Match",
                get("/api/v1/offers/" + ONLINE.get(1)).headers().firstValue("ETag").orElseThrow()).statusCode());

        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create(WebClient.BASE + path))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://exemple.org")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase()
                .contains("if-none-match"));
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(WebClient.BASE + path))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        assertEquals("method_not_allowed", json(post.body()).getJsonObject("error").getString("code"));

        // a script of another origin (a blank page's), in a real browser: reads the answer and its ETag
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            Object read = page.evaluate("async url => { const r = await fetch(url);"
                    + " const body = await r.json(); return [r.status, body.total, r.headers.get('ETag')]; }",
                    WebClient.BASE + path);
            List<?> values = (List<?>) read;
            assertEquals(200, ((Number) values.get(0)).intValue());
            assertEquals(5, ((Number) values.get(1)).intValue());
            assertNotNull(values.get(2), "the ETag is exposed to scripts");
        }
    }

    @Test
    void eachNetworkAddressHasItsRequestsAMinuteThen429() throws Exception {
        // through the loopback proxy the test domain trusts, from an address of this test only
        String address = "198.51.100." + (1 + (int) (Math.random() * 250));
        int allowed = 0;
        HttpResponse<String> refused = null;
        for (int i = 0; i < 1_300 && refused == null; i++) {
            HttpResponse<String> answer = get("/api/v1/openapi.json", "X-Forwarded-For", address);
            if (answer.statusCode() == 429) {
                refused = answer;
            } else {
                assertEquals(200, answer.statusCode());
                allowed++;
            }
        }
        assertNotNull(refused, "no 429 after 1,300 requests in a row");
        // 600 a minute (STAGES_API_REQUESTS_PER_MINUTE's default); up to twice that if a minute ended meanwhile
        assertTrue(allowed >= 600 && allowed <= 1_200, allowed + " requests allowed before the refusal");
        int wait = Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(wait >= 1 && wait <= 60, "Retry-After " + wait);
        JsonObject error = json(refused.body()).getJsonObject("error");
        assertEquals("too_many_requests", error.getString("code"));
        assertTrue(error.getJsonObject("message").getString("fr").contains("600 par minute"), error.toString());
        List<String> problems = openApi.problems(json(refused.body()), openApi.responseSchema("/offers", "429"));
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(200, get("/api/v1/openapi.json", "X-Forwarded-For", "198.51.100.253").statusCode(),
                "another address is not held back");
    }

    @Test
    void openDataFilesParseBackAgainstTheirSchema() {
        JsonObject schema = json(get("/donnees/offres.schema.json").body());
        assertEquals("etalab-2.0", schema.getJsonArray("licenses").getJsonObject(0).getString("name"));
        List<String> fields = schema.getJsonArray("fields").stream()
                .map(f -> f.asJsonObject().getString("name")).toList();

        HttpResponse<String> csv = get("/donnees/offres.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<List<String>> rows = Csv.parse(csv.body());
        assertEquals(fields, rows.get(0), "the header is the schema's fields, in order");
        Map<String, List<String>> byId = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(fields.size(), row.size(), row.toString());
            for (int i = 0; i < fields.size(); i++) {
                JsonObject field = schema.getJsonArray("fields").getJsonObject(i);
                String value = row.get(i);
                boolean required = field.getJsonObject("constraints").getBoolean("required");
                assertTrue(!required || !value.isEmpty(), field.getString("name") + " empty in " + row);
                if (!value.isEmpty()) {
                    String pattern = switch (field.getString("type")) {
                        case "integer" -> "-?\\d+";
                        case "boolean" -> "true|false";
                        case "date" -> "\\d{4}-\\d\\d-\\d\\d";
                        case "datetime" -> "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d";
                        default -> "(?s).*";
                    };
                    assertTrue(value.matches(pattern), field.getString("name") + " « " + value + " »");
                }
            }
            byId.put(row.get(0), row);
        }
        for (long id : ONLINE) {
            List<String> row = byId.get(Long.toString(id));
            assertNotNull(row, "offer " + id + " in the CSV");
            assertTrue(row.get(fields.indexOf("title")).startsWith("Stage " + WORD), row.toString());
            assertEquals(WebClient.BASE + "/offers/offer.xhtml?id=" + id, row.get(fields.indexOf("url")));
            assertEquals("Bac+3 (licence, BUT)", row.get(fields.indexOf("educationLevel.label")));
            assertEquals(CODE, row.get(fields.indexOf("direction.code")));
        }
        assertNull(byId.get(Long.toString(filled)), "an offer filled is not online");
        assertNull(byId.get(Long.toString(draft)));

        HttpResponse<String> file = get("/donnees/offres.json");
        assertEquals(200, file.statusCode());
        JsonObject all = json(file.body());
        assertEquals("Licence Ouverte / Etalab 2.0", all.getString("licence"));
        assertEquals(rows.size() - 1, all.getInt("count"), "the same offers as the CSV");
        JsonObject offerSchema = Json.createObjectBuilder().add("$ref", "#/components/schemas/Offer").build();
        for (JsonValue offer : all.getJsonArray("offers")) {
            List<String> problems = openApi.problems(offer, offerSchema);
            assertTrue(problems.isEmpty(), problems + " " + offer);
        }
        assertTrue(all.getJsonArray("offers").stream().anyMatch(o -> o.asJsonObject().getJsonNumber("id")
                .longValue() == ONLINE.get(2)));
    }

    @Test
    void theCitysStatisticsAreOpenDataWithSmallGroupsMasked() {
        for (String name : List.of("statistiques-mois", "statistiques-metiers")) {
            JsonObject schema = json(get("/donnees/" + name + ".schema.json").body());
            assertEquals("etalab-2.0", schema.getJsonArray("licenses").getJsonObject(0).getString("name"));
            List<JsonObject> fields = schema.getJsonArray("fields").stream().map(JsonValue::asJsonObject).toList();
            HttpResponse<String> csv = get("/donnees/" + name + ".csv");
            assertEquals(200, csv.statusCode(), name);
            List<List<String>> rows = Csv.parse(csv.body());
            assertEquals(fields.stream().map(f -> f.getString("name")).toList(), rows.get(0), name);
            assertTrue(rows.size() > 1, name + " has lines");
            for (List<String> row : rows.subList(1, rows.size())) {
                assertEquals(fields.size(), row.size(), row.toString());
                assertTrue(row.get(0).matches("\\d{4}-\\d{4}"), row.toString());
                for (int i = 0; i < fields.size(); i++) {
                    String field = fields.get(i).getString("name");
                    if (fields.get(i).getString("type").equals("integer")) {
                        assertTrue(row.get(i).matches("\\d+|<5"), field + " « " + row.get(i) + " »");
                    }
                    // applications count people; offers and places do not
                    if (field.equals("applications") || field.equals("spontaneous")) {
                        assertFalse(row.get(i).matches("[1-4]"), "a group of fewer than five people is masked: " + row);
                    }
                }
            }
            if (name.equals("statistiques-mois")) {
                assertEquals(24, rows.size() - 1, "twelve months of this school year and of the one before");
            }
        }
    }

    @Test
    void theDocumentationPageIsLinkedFromEveryPageAndAccessible() throws Exception {
        try (BrowserContext context = french(1280, 900)) {
            Page page = context.newPage();
            page.navigate(WebClient.BASE + "/");
            page.locator("footer").getByText("Données ouvertes et API").click();
            page.waitForURL("**/donnees-ouvertes.xhtml");
            assertEquals("Données ouvertes et API", page.locator("h1").textContent().strip());
            accessible(page, "open-data");
            page.setViewportSize(320, 800);
            assertNoHorizontalScroll(page);
            accessible(page, "open-data-320");
            assertTrue(page.locator("a[href$='/api/v1/openapi.json']").count() > 0);
            assertTrue(page.locator("a[href$='/donnees/offres.csv']").count() > 0);
            assertTrue(page.getByText("Licence Ouverte / Etalab 2.0").count() > 0);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package fr.stages.web.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.web.Ear;
import fr.stages.web.TestDatabase;
import fr.stages.web.WebClient;
import fr.stages.web.WebClient.FilePart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Candidates' files over HTTP, as browsers send and agents read them: spontaneous applications reach the pool
 * of the directions they chose only; a CV is served to the agents of its direction only, as a download that no
 * browser renders; files beyond the container's limits bring the candidate back to the form with the reason.
 */
@ExtendWith(ArquillianExtension.class)
class CandidateFilesIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Ear.built();
    }

    private static final Pattern KEY = Pattern.compile("name=\"key\" value=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final String MARK = TestDatabase.unique();
    private static final String AGENT = TestDatabase.unique().toLowerCase() + "@agents.example";
    private static final String OFFICE = TestDatabase.unique().toLowerCase() + "@bureau.example";
    private static final String CORRESPONDENT = TestDatabase.unique().toLowerCase() + "@correspondants.example";
    private static long mine;
    private static long theirs;
    private static long family;
    private static long ownOffer;
    private static long otherOffer;
    private static long noticedOffer;

    @BeforeAll
    static void directionsAgentsAndOffers() {
        try (TestDatabase db = TestDatabase.open()) {
            mine = db.direction(TestDatabase.unique(), "Direction de l'agent " + MARK);
            theirs = db.direction(TestDatabase.unique(), "Direction voisine " + MARK);
            family = db.jobFamily("Famille " + MARK);
            db.agent(AGENT, "agent", mine);
            db.agent(OFFICE, "office", null);
            db.agent(CORRESPONDENT, "correspondent", theirs);
            ownOffer = db.offer(mine, "PUBLISHED", "Offre de l'agent " + MARK, LocalDate.now().plusDays(10));
            otherOffer = db.offer(theirs, "PUBLISHED", "Offre voisine " + MARK, LocalDate.now().plusDays(10));
            noticedOffer = db.offer(theirs, "PUBLISHED", "Offre annoncée " + MARK, LocalDate.now().plusDays(10));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void spontaneousApplicationsReachThePoolOfTheChosenDirectionsOnly() {
        String forMine = sendSpontaneous("Mia", List.of(mine));
        String forTheirs = sendSpontaneous("Theo", List.of(theirs));
        String forAll = sendSpontaneous("Alix", List.of());
        assertTrue(forMine.matches("S-[0-9A-Z]{8}") && forTheirs.matches("S-[0-9A-Z]{8}"), forMine);

        WebClient agent = new WebClient();
        assertEquals(302, agent.login(AGENT, TestDatabase.PASSWORD).statusCode());
        // as the page's form sends it: every field, "all" choices included
        HttpResponse<String> pool = agent.get("/backoffice/pool.xhtml?mots=" + MARK.toLowerCase()
                + "&metier=0&niveau=tous&mois=");
        assertEquals(200, pool.statusCode());
        assertTrue(pool.body().contains("2 candidatures spontanées"), pool.body());
        assertTrue(pool.body().contains(forMine) && pool.body().contains(forAll));
        assertFalse(pool.body().contains(forTheirs), "an entry for another direction only is not shown");
        assertTrue(pool.body().contains("Toutes les directions de la Ville"), "the open entry says so");

        HttpResponse<String> byFamily = agent.get("/backoffice/pool.xhtml?mots=" + MARK + "&metier=" + family
                + "&niveau=BAC_3&mois=" + LocalDate.now().plusMonths(2).toString().substring(0, 7));
        assertTrue(byFamily.body().contains("2 candidatures spontanées"), "family, level and month all match");
        HttpResponse<String> otherMonth = agent.get("/backoffice/pool.xhtml?mots=" + MARK + "&mois="
                + LocalDate.now().plusYears(2).toString().substring(0, 7));
        assertTrue(otherMonth.body().contains("Aucune candidature spontanée"), "not available that month");

        long ownCv = documentOf(pool.body(), "Mia");
        HttpResponse<byte[]> file = agent.download("/backoffice/documents/" + ownCv);
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"CV-Mia"),
                file.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(file.headers().firstValue("Content-Security-Policy").orElse("").startsWith("sandbox"));
        assertTrue(file.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        assertEquals("%PDF-", new String(file.body(), 0, 5, StandardCharsets.US_ASCII));

        WebClient office = new WebClient();
        assertEquals(302, office.login(OFFICE, TestDatabase.PASSWORD).statusCode());
        HttpResponse<String> all = office.get("/backoffice/pool.xhtml?mots=" + MARK);
        assertTrue(all.body().contains("3 candidatures spontanées"), "the office sees every entry");
        long otherCv = documentOf(all.body(), "Theo");
        assertEquals(200, office.download("/backoffice/documents/" + otherCv).statusCode());
        assertEquals(404, agent.download("/backoffice/documents/" + otherCv).statusCode(),
                "another direction's file looks like it does not exist");
        assertEquals(404, agent.download("/backoffice/documents/99999999999").statusCode());
        assertEquals(302, new WebClient().download("/backoffice/documents/" + ownCv).statusCode(), "login first");
    }

    @Test
    void anApplicationsCvIsServedToTheOffersDirectionOnly() {
        String ownEmail = "cv.own." + MARK.toLowerCase() + "@etudiant.example";
        String otherEmail = "cv.other." + MARK.toLowerCase() + "@etudiant.example";
        assertApplied(ownOffer, ownEmail);
        assertApplied(otherOffer, otherEmail);
        long ownCv;
        long otherCv;
        try (TestDatabase db = TestDatabase.open()) {
            ownCv = db.cvOfApplication(ownEmail);
            otherCv = db.cvOfApplication(otherEmail);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        WebClient agent = new WebClient();
        assertEquals(302, agent.login(AGENT, TestDatabase.PASSWORD).statusCode());
        HttpResponse<byte[]> own = agent.download("/backoffice/documents/" + ownCv);
        assertEquals(200, own.statusCode());
        assertEquals("nosniff", own.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(404, agent.download("/backoffice/documents/" + otherCv).statusCode());

        // the notice's link: the offer in the back office lists its applications with their files
        HttpResponse<String> offer = agent.get("/backoffice/offer.xhtml?id=" + ownOffer);
        assertEquals(200, offer.statusCode());
        assertTrue(offer.body().contains(ownEmail), "the candidate is listed");
        assertTrue(offer.body().contains("/backoffice/documents/" + ownCv + "\""), "with the CV's link");
        assertTrue(offer.body().contains("Reçue"), "and the application's state");
        assertFalse(offer.body().contains(otherEmail));
        assertEquals(404, agent.get("/backoffice/offer.xhtml?id=" + otherOffer).statusCode());
    }

    @Test
    void filesBeyondTheContainersLimitBringTheCandidateBackToTheFormWithTheReason() {
        byte[] pdf = pdf();
        byte[] big = new byte[11 * 1024 * 1024];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        byte[] huge = new byte[22 * 1024 * 1024];
        System.arraycopy(pdf, 0, huge, 0, pdf.length);

        WebClient candidate = WebClient.candidate();
        HttpResponse<String> form = candidate.get("/spontaneous/apply.xhtml");
        // within the sending's limit: the business's own message, next to the field, the answers kept
        HttpResponse<String> tooBig = candidate.postMultipart("/spontaneous/apply.xhtml",
                fields(form.body(), "Lou", "lou0." + MARK.toLowerCase() + "@etudiant.example", List.of()),
                Map.of("cv", new FilePart("cv.pdf", big)), "/spontaneous/apply.xhtml");
        assertEquals(200, tooBig.statusCode());
        assertTrue(Pattern.compile("id=\"cv-error\"[^>]*>Le fichier dépasse 5 Mo").matcher(tooBig.body()).find(),
                tooBig.body());
        assertTrue(tooBig.body().contains("value=\"Lou\""), "the answers are kept");

        // over it: back to the form, which says why
        HttpResponse<String> refused = candidate.postMultipart("/spontaneous/apply.xhtml",
                fields(form.body(), "Lou", "lou." + MARK.toLowerCase() + "@etudiant.example", List.of()),
                Map.of("cv", new FilePart("cv.pdf", huge)), "/spontaneous/apply.xhtml");
        assertEquals(302, refused.statusCode(), refused.body());
        String back = refused.headers().firstValue("Location").orElse("");
        assertTrue(back.endsWith("/spontaneous/apply.xhtml?trop-lourd=1"), back);
        HttpResponse<String> explained = candidate.get("/spontaneous/apply.xhtml?trop-lourd=1");
        assertTrue(explained.body().contains("Les fichiers envoyés sont trop lourds (au plus 5 Mo chacun)"),
                explained.body());

        String applyPage = "/offers/apply.xhtml?offres=" + ownOffer;
        HttpResponse<String> offerForm = candidate.get(applyPage);
        List<Map.Entry<String, String>> fields = fields(offerForm.body(), "Lou", "lou2." + MARK.toLowerCase() + "@etudiant.example", null);
        fields.add(Map.entry("offres", Long.toString(ownOffer)));
        HttpResponse<String> again = candidate.postMultipart("/offers/apply.xhtml", fields,
                Map.of("cv", new FilePart("cv.pdf", huge)), applyPage);
        assertEquals(302, again.statusCode());
        assertTrue(again.headers().firstValue("Location").orElse("").endsWith(applyPage + "&trop-lourd=1"),
                "back to the same offers");
    }

    @Test
    void aCorrespondentDesignatesWhoElseIsToldOfEachApplication() {
        WebClient agent = new WebClient();
        assertEquals(302, agent.login(AGENT, TestDatabase.PASSWORD).statusCode());
        assertEquals(403, agent.get("/backoffice/direction.xhtml").statusCode(), "correspondents only");

        WebClient correspondent = new WebClient();
        assertEquals(302, correspondent.login(CORRESPONDENT, TestDatabase.PASSWORD).statusCode());
        // the daily reminder's last run sent the correspondent one reminder, and another direction's agent one
        try (TestDatabase db = TestDatabase.open()) {
            // the platform writes the city's time (CityTime), not this JVM's (UTC in CI): a run left earlier by
            // RemindersIT would else look later than this one
            java.time.LocalDateTime ran = java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Paris"));
            db.reminderSent(CORRESPONDENT, "Agent " + CORRESPONDENT, "2 candidatures attendent une réponse depuis trop longtemps",
                    ran);
            db.reminderSent(AGENT, "Agent " + AGENT, "7 candidatures attendent une réponse depuis trop longtemps", ran);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        HttpResponse<String> page = correspondent.get("/backoffice/direction.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Direction voisine " + MARK));
        // « Ma direction » says when the reminder next leaves and what its last run sent to the direction
        assertTrue(page.body().matches("(?s).*<p id=\"reminder-next\">Prochain envoi : [^<]+ 07:30\\.</p>.*"), page.body());
        assertTrue(page.body().contains("1 rappel adressé à la direction"), page.body());
        assertTrue(page.body().contains("2 candidatures attendent une réponse depuis trop longtemps"), page.body());
        assertTrue(page.body().contains("<td>Envoyé – "), page.body());
        assertFalse(page.body().contains("7 candidatures attendent"), "not another direction's reminder");

        HttpResponse<String> wrong = correspondent.post("/backoffice/direction.xhtml", directionForm(page.body(),
                "pas-une-adresse"));
        assertTrue(wrong.body().contains("« pas-une-adresse » n&#39;est pas une adresse électronique valide")
                || wrong.body().contains("« pas-une-adresse » n'est pas une adresse électronique valide"), wrong.body());
        assertTrue(wrong.body().contains("aria-invalid=\"true\""), "the field says it is wrong");

        String shared = "stages." + MARK.toLowerCase() + "@direction.example";
        HttpResponse<String> saved = correspondent.post("/backoffice/direction.xhtml", directionForm(wrong.body(),
                " " + shared.toUpperCase() + " "));
        assertTrue(saved.body().contains("Adresse enregistrée : " + shared), saved.body());

        String email = "told." + MARK.toLowerCase() + "@etudiant.example";
        assertApplied(noticedOffer, email);
        try (TestDatabase db = TestDatabase.open()) {
            // sorted here: the database's order of two addresses depends on its collation and on the random mark
            assertEquals(java.util.stream.Stream.of(shared, "stages.test@paris.example").sorted().toList(),
                    db.noticeRecipients(noticedOffer).stream().sorted().toList(),
                    "the offer's contact and the direction's address, once each");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> directionForm(String page, String address) {
        Matcher viewState = VIEW_STATE.matcher(page);
        assertTrue(viewState.find(), page);
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("direction", "direction");
        form.put("direction:noticeEmail", address);
        form.put("direction:save", "Enregistrer");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        form.putAll(WebClient.nonce(page));
        return form;
    }

    @Test
    void aBodyThatIsNotAFormIsRefusedWithoutAnError() {
        // a robot's garbage: 400, not the error page, and nothing read beyond it
        assertEquals(400, new WebClient().postRaw("/spontaneous/apply.xhtml", "multipart/form-data; boundary=abc",
                "pas un formulaire").statusCode());
    }

    /**
     * The application form is a plain multipart form read by its handler (web.candidates.ApplyHandler), not by
     * Faces: what a browser sends is stored as typed (accents, quotes, emoji, files' names and sizes, a box ticked
     * or not, dates or none; the file's name made safe by the business), the redirect leads to the receipt. A sending refused — a level not among the choices,
     * a date that does not exist or is typed another way, a field the business refuses — comes back as the form
     * with the field's error, the answers kept, and stores nothing.
     */
    @Test
    void anApplicationIsStoredAsTypedAndARefusedOneComesBackWithItsAnswers() throws java.sql.SQLException {
        byte[] cv = pdf();
        List<Map.Entry<String, String>> typed = List.of(Map.entry("firstName", "Zoé \"<&>\" ’"),
                Map.entry("lastName", "Lefèvre-Durand"), Map.entry("phone", "+33 6 12 34 56 78"),
                Map.entry("school", "École 42"), Map.entry("course", "Master 2 😀"),
                Map.entry("educationLevel", "BAC_5"), Map.entry("convention", "YES"),
                Map.entry("wishedStart", "2027-02-01"), Map.entry("wishedEnd", "2027-06-30"),
                Map.entry("message", "Bonjour,\r\nligne deux é"), Map.entry("talentPool", "on"));
        String email = "typed." + MARK.toLowerCase() + "@etudiant.example";
        HttpResponse<String> sent = sendApplication(ownOffer, email, typed,
                Map.of("cv", new FilePart("CV Zoé.pdf", cv), "letter", new FilePart("lettre.pdf", cv)));
        assertEquals(302, sent.statusCode(), sent.body());
        String receipt = sent.headers().firstValue("Location").orElse("");
        assertTrue(receipt.matches(".*/offers/applied\\.xhtml\\?envoi=[0-9a-f]{36}"), receipt);
        assertTrue(new WebClient().get(receipt.substring(receipt.indexOf("/offers/"))).body().contains(MARK),
                "the receipt names the candidate");
        try (TestDatabase db = TestDatabase.open()) {
            assertEquals(ownOffer + "|RECEIVED|Zoé \"<&>\" ’|Lefèvre-Durand|+33 6 12 34 56 78|École 42|Master 2 😀|BAC_5"
                            + "|fr|2027-02-01|2027-06-30|YES|oui|CV-Zoe.pdf:" + cv.length + "|lettre.pdf:" + cv.length,
                    db.one("select concat_ws('|', offer_id, status, first_name, last_name, phone, school, course, "
                            + "education_level, language, wished_start, wished_end, convention, "
                            + "case when talent_pool then 'oui' else 'non' end, "
                            + "(select file_name || ':' || size_bytes from document where id = cv_id), "
                            + "(select file_name || ':' || size_bytes from document where id = letter_id)) "
                            + "from application where email = ?", email));
            assertTrue(db.one("select message from application where email = ?", email)
                    .matches("Bonjour,\\r?\\nligne deux é"), "the message's lines");
        }
        String bare = "bare." + MARK.toLowerCase() + "@etudiant.example";
        assertEquals(302, sendApplication(ownOffer, bare, List.of(Map.entry("firstName", "Noé"),
                Map.entry("lastName", "Martin"), Map.entry("phone", ""), Map.entry("school", "IUT"),
                Map.entry("course", "BUT 2"), Map.entry("educationLevel", "BAC_2"), Map.entry("convention", "NO"),
                Map.entry("wishedStart", ""), Map.entry("wishedEnd", ""), Map.entry("message", "")),
                Map.of("cv", new FilePart("cv.pdf", cv))).statusCode());
        try (TestDatabase db = TestDatabase.open()) {
            assertEquals("NO|non|0", db.one("select concat_ws('|', convention, "
                    + "case when talent_pool then 'oui' else 'non' end, "
                    + "case when phone is null and message is null and wished_start is null and letter_id is null "
                    + "then 0 else 1 end) from application where email = ?", bare), "empty fields are no answer");
        }

        List<Map.Entry<String, String>> valid = List.of(Map.entry("firstName", "Noé"), Map.entry("lastName", "Martin"),
                Map.entry("school", "IUT"), Map.entry("course", "BUT 2"), Map.entry("educationLevel", "BAC_2"),
                Map.entry("convention", "NO"));
        Map<String, Map.Entry<String, String>> faulty = Map.of(
                "unknown level", Map.entry("educationLevel", "BAC_99"),
                "no such date", Map.entry("wishedStart", "2027-02-30"),
                "no such typed date", Map.entry("wishedEnd", "31/04/2027"),
                "business refusal", Map.entry("firstName", ""));
        faulty.forEach((name, fault) -> {
            String address = name.replace(' ', '-') + "." + MARK.toLowerCase() + "@etudiant.example";
            List<Map.Entry<String, String>> answer = new ArrayList<>(valid);
            answer.removeIf(e -> e.getKey().equals(fault.getKey()));
            answer.add(fault);
            HttpResponse<String> back = sendApplication(ownOffer, address, answer,
                    Map.of("cv", new FilePart("cv.pdf", pdf())));
            assertEquals(200, back.statusCode(), name);
            assertTrue(back.body().contains("id=\"" + fault.getKey() + "-error\" class=\"field-error\">"), name + ": " + back.body());
            assertTrue(back.body().contains("value=\"" + address + "\""), name + ": the answers are kept");
            assertTrue(back.body().contains("choisissez à nouveau votre CV"), name + ": the files are to be chosen again");
            try (TestDatabase db = TestDatabase.open()) {
                assertEquals("0", db.one("select count(*) from application where email = ?", address), name);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            if (name.contains("date")) {
                assertTrue(back.body().contains("id=\"" + fault.getKey() + "-error\" class=\"field-error\">"
                        + "Saisissez une date au format jj/mm/aaaa."), name + ": " + back.body());
                assertTrue(back.body().contains("value=\"" + fault.getValue() + "\""), name + ": the date as typed");
            }
        });
    }

    @Test
    void aRefusalThatIsNoFieldsFaultFlagsNoField() {
        WebClient candidate = WebClient.candidate();
        String page = "/offers/apply.xhtml?offres=" + ownOffer;
        List<Map.Entry<String, String>> fields = fields(candidate.get(page).body(), "Eva",
                "eva.expiree." + MARK.toLowerCase() + "@etudiant.example", null);
        fields.replaceAll(e -> e.getKey().equals("key") ? Map.entry("key", "x") : e); // a form too old
        fields.add(Map.entry("offres", Long.toString(ownOffer)));
        HttpResponse<String> refused = candidate.postMultipart("/offers/apply.xhtml", fields,
                Map.of("cv", new FilePart("cv.pdf", pdf())), page);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Ce formulaire a expiré"), refused.body());
        assertFalse(refused.body().contains("corrigez les champs signalés"), "no field is at fault");
        assertFalse(refused.body().contains("aria-invalid=\"true\""), "and none is flagged");
        assertTrue(refused.body().contains("choisissez à nouveau votre CV"), "the files are to be chosen again");
    }

    /** The application form of that offer sent with those answers (and its key, button). */
    private static HttpResponse<String> sendApplication(long offer, String email,
                                                        List<Map.Entry<String, String>> answers,
                                                        Map<String, FilePart> files) {
        WebClient candidate = WebClient.candidate();
        String page = "/offers/apply.xhtml?offres=" + offer;
        String form = candidate.get(page).body();
        Matcher key = KEY.matcher(form);
        assertTrue(key.find(), form);
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("key", key.group(1)),
                Map.entry("offres", Long.toString(offer)), Map.entry("email", email)));
        fields.addAll(answers);
        fields.add(Map.entry("send", "Envoyer"));
        return candidate.postMultipart("/offers/apply.xhtml", fields, files, page);
    }

    /** Sends the public spontaneous form over HTTP and answers the reference the confirmation page shows. */
    private static String sendSpontaneous(String firstName, List<Long> directions) {
        WebClient candidate = WebClient.candidate();
        HttpResponse<String> form = candidate.get("/spontaneous/apply.xhtml");
        assertEquals(200, form.statusCode());
        List<Map.Entry<String, String>> fields = fields(form.body(), firstName,
                firstName.toLowerCase() + "." + MARK.toLowerCase() + "@etudiant.example", directions);
        HttpResponse<String> sent = candidate.postMultipart("/spontaneous/apply.xhtml", fields,
                Map.of("cv", new FilePart("CV " + firstName + ".pdf", pdf())), "/spontaneous/apply.xhtml");
        assertEquals(302, sent.statusCode(), sent.body());
        String location = sent.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("/spontaneous/sent.xhtml?envoi="), location);
        HttpResponse<String> confirmation = candidate.get(location.substring(location.indexOf("/spontaneous/")));
        Matcher reference = Pattern.compile("référence (S-[0-9A-Z]{8})").matcher(confirmation.body());
        assertTrue(reference.find(), confirmation.body());
        return reference.group(1);
    }

    private static void assertApplied(long offer, String email) {
        WebClient candidate = WebClient.candidate();
        String page = "/offers/apply.xhtml?offres=" + offer;
        List<Map.Entry<String, String>> fields = fields(candidate.get(page).body(), "Eva", email, null);
        fields.add(Map.entry("offres", Long.toString(offer)));
        HttpResponse<String> sent = candidate.postMultipart("/offers/apply.xhtml", fields,
                Map.of("cv", new FilePart("cv.pdf", pdf())), page);
        assertEquals(302, sent.statusCode(), sent.body());
        assertTrue(sent.headers().firstValue("Location").orElse("").contains("/offers/applied.xhtml?envoi="));
    }

    /** The candidate's answers with the form's key; directions null: not a spontaneous form. */
    private static List<Map.Entry<String, String>> fields(String page, String firstName, String email,
                                                          List<Long> directions) {
        Matcher key = KEY.matcher(page);
        assertTrue(key.find(), page);
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(
                Map.entry("key", key.group(1)), Map.entry("firstName", firstName),
                Map.entry("lastName", "Candidat " + MARK), Map.entry("email", email),
                Map.entry("school", "Université Paris Cité"), Map.entry("course", "Licence 3"),
                Map.entry("educationLevel", "BAC_3"), Map.entry("convention", "YES"),
                Map.entry("wishedStart", LocalDate.now().plusMonths(1).toString()),
                Map.entry("wishedEnd", LocalDate.now().plusMonths(4).toString()),
                Map.entry("message", "Bonjour"), Map.entry("send", "Envoyer")));
        if (directions != null) {
            fields.add(Map.entry("jobFamilies", Long.toString(family)));
            directions.forEach(d -> fields.add(Map.entry("directions", Long.toString(d))));
        }
        return fields;
    }

    /** The id in the download link of the CV of that candidate (by first name) on a pool page. */
    /**
     * The test domain's limits are the tests' own: a candidate of these tests sends from a network address of its
     * own (through the loopback proxy the test domain trusts), so its sendings are counted there and not against
     * 127.0.0.1, which every other test shares (WebClient.candidate).
     */
    @Test
    void eachTestCandidateIsCountedOnItsOwnNetworkAddress() throws Exception {
        String first = "reseau1." + MARK.toLowerCase() + "@etudiant.example";
        String second = "reseau2." + MARK.toLowerCase() + "@etudiant.example";
        WebClient.candidate().applyTo(ownOffer, "Réseau", first);
        WebClient.candidate().applyTo(ownOffer, "Réseau", second);
        try (TestDatabase db = TestDatabase.open()) {
            String one = db.one("select client_hash from application where email = ?", first);
            String two = db.one("select client_hash from application where email = ?", second);
            assertTrue(one != null && two != null && !one.equals(two), one + " / " + two);
        }
    }

    private static long documentOf(String page, String firstName) {
        Matcher link = Pattern.compile("/backoffice/documents/(\\d+)\"[^>]*>CV de " + firstName).matcher(page);
        assertTrue(link.find(), "a CV link for " + firstName);
        return Long.parseLong(link.group(1));
    }

    private static byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

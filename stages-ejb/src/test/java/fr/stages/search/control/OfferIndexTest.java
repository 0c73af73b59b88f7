package fr.stages.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.offers.entity.EducationLevel;
import fr.stages.search.entity.FacetValue;
import fr.stages.search.entity.Filter;
import fr.stages.search.entity.IndexedOffer;
import fr.stages.search.entity.OfferCriteria;
import fr.stages.search.entity.OfferSlice;
import fr.stages.search.entity.ResultCursor;
import fr.stages.search.entity.SearchResult;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OfferIndexTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 15);
    private final OfferIndex index = new OfferIndex();
    private long nextId = 1;

    @BeforeEach
    void offers() {
        List<OfferText> all = new ArrayList<>();
        all.add(offer("Électricien ou électricienne du patrimoine", "Maintenance de l'électricité des écoles",
                "Habilitation électrique", "DCPA", 1, "75113", 35, true, EducationLevel.BAC_2, 20, false));
        all.add(offer("Jardinier·e au parc floral", "Entretien des jardins et des massifs", "Goût du plein air",
                "DEVE", 2, "75112", 35, false, EducationLevel.CAP_BEP, 8, false));
        all.add(offer("Chargé de communication numérique", "Animer les réseaux sociaux de la Ville",
                "Rédaction web", "DICOM", 3, "75104", 30, true, EducationLevel.BAC_4, 24, true));
        all.add(offer("Assistant de communication interne", "Rédiger la lettre interne", "Curiosité",
                "DICOM", 3, "75104", 35, true, EducationLevel.BAC_3, 12, true));
        all.add(offer("Paysagiste concepteur", "Concevoir un jardin partagé avec les habitants",
                "Dessin, communication avec le public", "DEVE", 2, "75120", 20, true, EducationLevel.BAC_5, 16,
                false));
        index.replaceAll(all);
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void accentsCaseAndPluralsDoNotMatter() {
        assertEquals(List.of("Électricien ou électricienne du patrimoine"), titles(search("q", "electricite")));
        assertEquals(List.of("Électricien ou électricienne du patrimoine"), titles(search("q", "ÉLECTRICITÉ")));
        assertTrue(titles(search("q", "jardins")).containsAll(List.of("Jardinier·e au parc floral",
                "Paysagiste concepteur")), titles(search("q", "jardins")).toString());
        assertTrue(titles(search("q", "communication")).contains("Chargé de communication numérique"));
        assertEquals(List.of("Chargé de communication numérique"), titles(search("q", "l'animation des réseaux")));
        assertEquals(List.of("Jardinier·e au parc floral"), titles(search("q", "jardinier")),
                "inclusive writing does not hide the word");
    }

    @Test
    void feminineFormsBeginningsOfWordsAndReferencesFindTheirOffers() {
        assertEquals(List.of("Jardinier·e au parc floral"), titles(search("q", "jardinière")));
        assertEquals(List.of("Jardinier·e au parc floral"), titles(search("q", "Jardinières")));
        assertEquals(List.of("Électricien ou électricienne du patrimoine"), titles(search("q", "électricienne")));
        List<String> garden = titles(search("q", "jardin"));
        assertTrue(garden.containsAll(List.of("Jardinier·e au parc floral", "Paysagiste concepteur")), garden.toString());
        assertEquals(List.of("Électricien ou électricienne du patrimoine"), titles(search("q", "OFF-1")), "its reference");
        assertEquals(List.of("Assistant de communication interne"), titles(search("q", "off-4 communication")));
        assertEquals(List.of(), titles(search("q", "jar")), "three letters are not a beginning worth searching");
    }

    @Test
    void aWordSearchedBeforeFindsTheOffersPutOrRemovedSince() {
        int before = search("q", "jardin").total(); // its query is now kept (anyField)
        OfferText added = offer("Jardinerie municipale", "Accueil", "Sourire", "DAC", 3, "75104", 35, true,
                EducationLevel.BAC, 8, false);
        index.put(added);
        assertEquals(before + 1, search("q", "jardin").total(), "a new offer found by the kept query");
        assertTrue(titles(search("q", "jardin")).contains("Jardinerie municipale"));
        index.remove(added.offer().id());
        assertEquals(before, search("q", "jardin").total(), "and forgotten when it leaves");
    }

    @Test
    void everyKeywordMustMatchAndTheTitleWeighsMoreThanTheOtherFields() {
        // "communication" is in two titles and in one profile: titles first
        List<String> titles = titles(search("q", "communication"));
        assertEquals(3, titles.size(), titles.toString());
        assertEquals("Paysagiste concepteur", titles.get(2));
        assertEquals(List.of("Chargé de communication numérique"), titles(search("q", "communication numérique")));
        assertEquals(List.of(), titles(search("q", "communication plomberie")));
        assertEquals(List.of(), titles(search("q", "le de la")), "only stop words find nothing");
    }

    @Test
    void filtersCombineAndEachCountsWhatItsValuesWouldGiveWithTheOtherFilters() {
        SearchResult result = search("direction", "DICOM", "gratification", "oui");
        assertEquals(2, result.total());
        // direction counts keep the paid filter: DEVE has one paid offer, DCPA one
        assertEquals(Map.of("DCPA", 1, "DEVE", 1, "DICOM", 2), counts(result, Filter.DIRECTION));
        // paid counts keep the direction filter: DICOM has no unpaid offer
        assertEquals(Map.of("oui", 2, "non", 0), counts(result, Filter.PAID));
        assertTrue(result.facet(Filter.DIRECTION).stream().filter(FacetValue::selected).map(FacetValue::value)
                .toList().equals(List.of("DICOM")));
        assertEquals("Direction DICOM", result.label(Filter.DIRECTION, "DICOM"));

        SearchResult two = search("direction", "DICOM", "direction", "DEVE");
        assertEquals(4, two.total(), "values of one filter widen the search");
        assertEquals(Map.of("plein", 2, "reduit", 1, "partiel", 1), counts(two, Filter.HOURS));
        assertEquals(1, search("horaires", "reduit").total());
        assertEquals(2, search("teletravail", "oui").total());
        assertEquals(1, search("duree", "court").total());
        assertEquals(2, search("duree", "long").total());
        assertEquals(1, search("niveau", "BAC_5").total());
        assertEquals(1, search("lieu", "75120").total());
        assertEquals(2, search("metier", "3").total());
        assertEquals(Map.of(0, 9), counts(search("q", "zzz"), Filter.LEVEL).values().stream()
                .collect(Collectors.groupingBy(c -> c, Collectors.summingInt(c -> 1))), "zeros are listed too");
    }

    @Test
    void keywordsAndFiltersTogether() {
        SearchResult result = search("q", "jardin", "gratification", "non");
        assertEquals(List.of("Jardinier·e au parc floral"), titles(result));
        assertEquals(Map.of("oui", 1, "non", 1), counts(result, Filter.PAID));
    }

    @Test
    void theSizeOfTheTextIndexGrowsWithTheTexts() {
        long before = index.textBytes();
        assertTrue(before > 0, "five offers are indexed");
        index.put(offer("Archiviste", "Classer ".repeat(2_000) + "les fonds photographiques", "Rigueur", "DAC", 4,
                "75103", 35, true, EducationLevel.BAC_3, 12, false));
        assertTrue(index.textBytes() > before, before + " then " + index.textBytes());
    }

    @Test
    void aKeywordSearchFiltersAndCountsAnUpdatedOfferByItsNewFacts() {
        // keyword searches read the filter values from copies laid out in document order: an update must renew them
        IndexedOffer moved = offerFacts("Jardinier·e des serres", "DEVE", 2, "75112", 35, false,
                EducationLevel.CAP_BEP, 8, false, TODAY.plusDays(30));
        index.put(new OfferText(moved, "Entretien des serres", "Plein air"));
        assertEquals(2, search("q", "jardinier", "direction", "DEVE").total());
        index.put(new OfferText(new IndexedOffer(moved.id(), "R", moved.title(), "", "DAC", "Direction DAC", null, 2,
                "Famille 2", "75112", "Lieu 75112", "75012", moved.start(), 8, 35, true, EducationLevel.CAP_BEP,
                false, 1, moved.applicationDeadline(), moved.publishedAt()), "Entretien des serres", "Plein air"));
        assertEquals(List.of("Jardinier·e au parc floral"), titles(search("q", "jardinier", "direction", "DEVE")));
        SearchResult inDac = search("q", "jardinier", "direction", "DAC");
        assertEquals(List.of("Jardinier·e des serres"), titles(inDac));
        assertEquals(Map.of("DAC", 1, "DEVE", 1, "DCPA", 0, "DICOM", 0), counts(inDac, Filter.DIRECTION));
        assertEquals(Map.of("oui", 1, "non", 0), counts(inDac, Filter.PAID));
    }

    @Test
    void anOfferPastItsDeadlineLeavesTheResultsByItselfAndAnUpdateReplacesIt() {
        IndexedOffer late = offerFacts("Stage clos", "DAC", 9, "75101", 35, true, EducationLevel.BAC, 8, false,
                TODAY.minusDays(1));
        index.put(new OfferText(late, "missions", "profil"));
        assertEquals(5, search().total());
        assertEquals(List.of(), titles(search("q", "clos")));

        IndexedOffer reopened = offerFacts("Stage rouvert", "DAC", 9, "75101", 35, true, EducationLevel.BAC, 8,
                false, TODAY);
        index.put(new OfferText(new IndexedOffer(late.id(), "R", reopened.title(), "", "DAC", "Direction DAC", null,
                9, "Famille 9", "75101", "Lieu 75101", "75001", reopened.start(), 8, 35, true, EducationLevel.BAC,
                false, 1, TODAY, LocalDateTime.of(2027, 1, 10, 9, 0)), "missions", "profil"));
        assertEquals(6, search().total());
        assertEquals(List.of("Stage rouvert"), titles(search("q", "rouvert")));
        assertEquals(List.of(), titles(search("q", "clos")), "the old text is gone from the index");

        index.remove(late.id());
        assertEquals(5, search().total());
        assertEquals(List.of(), titles(search("q", "rouvert")));
    }

    @Test
    void theFingerprintCountsTheOffersOpenThatDayWithTheirVersionsAndItsVersionMovesWithEveryChange() {
        List<Long> before = index.fingerprint(TODAY);
        assertEquals(5L, before.get(0), "the five offers open");
        long version = index.version();
        long changes = fr.stages.platform.PublicData.version();
        IndexedOffer added = offerFacts("Stage ajouté", "DAC", 9, "75101", 35, true, EducationLevel.BAC, 8, false,
                TODAY);
        index.put(new OfferText(added, "missions", "profil", 3));
        assertEquals(List.of(6L, before.get(1) + 3, added.id()), index.fingerprint(TODAY));
        assertTrue(index.version() > version, "a new version of the content");
        assertTrue(fr.stages.platform.PublicData.version() > changes, "what public pages read (PublicData.version) moves as well");

        version = index.version();
        index.put(new OfferText(added, "missions", "profil", 4));
        assertEquals(List.of(6L, before.get(1) + 4, added.id()), index.fingerprint(TODAY), "an update");
        assertTrue(index.version() > version);
        assertEquals(5L, index.fingerprint(TODAY.plusDays(1)).get(0), "the next day, the one closing today is out");

        version = index.version();
        index.remove(added.id());
        assertEquals(before, index.fingerprint(TODAY));
        assertTrue(index.version() > version);
    }

    @Test
    void sortsAndPages() {
        assertEquals(List.of("Assistant de communication interne", "Chargé de communication numérique",
                "Électricien ou électricienne du patrimoine", "Jardinier·e au parc floral", "Paysagiste concepteur"),
                titles(search("tri", "titre")), "French collation: É with E");
        assertEquals("Paysagiste concepteur", titles(search()).get(0), "newest first by default");
        List<String> byStart = titles(search("tri", "debut"));
        assertEquals("Électricien ou électricienne du patrimoine", byStart.get(0));

        for (int i = 0; i < 40; i++) {
            index.put(new OfferText(offerFacts("Stage " + i, "DAC", 9, "75101", 35, true, EducationLevel.BAC, 8,
                    false, TODAY.plusDays(5)), "missions", "profil"));
        }
        SearchResult last = search("page", "99");
        assertEquals(45, last.total());
        assertEquals(3, last.pages());
        assertEquals(3, last.page(), "a page beyond the last shows the last");
        assertEquals(5, last.offers().size());
        assertEquals(1, search("page", "abc").page());
    }

    @Test
    void theTitleOrderOfAPageAmongManyOffersIsTheFrenchOrderThenTheOldestFirst() {
        String[] words = {"école", "Ecole", "eau", "Été", "zoo", "Zèbre", "œuvre", "Oeuvre", "archives", "Archives",
            "ça", "Cabinet", "îlot", "Ile"};
        List<OfferText> all = new ArrayList<>();
        for (int i = 0; i < 150; i++) { // more than four pages: the first page is picked, not everything sorted
            all.add(new OfferText(offerFacts(words[(i * 7) % words.length] + " " + (i % 3), "DEVE", 2, "75112", 35,
                    true, EducationLevel.BAC, 8, false, TODAY.plusDays(30)), "missions", "profil"));
        }
        index.replaceAll(all);
        java.text.Collator french = java.text.Collator.getInstance(java.util.Locale.FRENCH);
        List<IndexedOffer> expected = all.stream().map(OfferText::offer)
                .sorted(java.util.Comparator.comparing(IndexedOffer::title, french)
                        .thenComparingLong(IndexedOffer::id))
                .toList();
        SearchResult first = search("tri", "titre");
        SearchResult second = search("tri", "titre", "page", "2");
        assertEquals(expected.subList(0, 20).stream().map(IndexedOffer::id).toList(),
                first.offers().stream().map(IndexedOffer::id).toList());
        assertEquals(expected.subList(20, 40).stream().map(IndexedOffer::id).toList(),
                second.offers().stream().map(IndexedOffer::id).toList());
    }

    @Test
    void similarOffersShareFamilyDirectionPlaceOrTitleWords() {
        IndexedOffer probe = index.search(OfferCriteria.of(Map.of("q", new String[] {"chargé"})), TODAY).offers()
                .get(0);
        List<IndexedOffer> similar = index.similar(probe, 3, TODAY);
        assertEquals("Assistant de communication interne", similar.get(0).title());
        assertTrue(similar.stream().noneMatch(o -> o.id() == probe.id()));
    }

    @Test
    void placesReadInTheOrderOfTheirArrondissementsThenByName() {
        List<OfferText> all = new ArrayList<>();
        String[][] places = {{"75113", "13e arrondissement"}, {"75104", "4e arrondissement"},
            {"75101", "1er arrondissement"}, {"75012", "Bois de Vincennes"}, {"75120", "20e arrondissement"},
            {"75003", "Écoles de la Ville"}};
        for (String[] place : places) {
            long id = nextId++;
            all.add(new OfferText(new IndexedOffer(id, "OFF-" + id, "Stage " + id, "", "DEVE", "Direction DEVE", null,
                    2, "Famille 2", place[0], place[1], "75000", TODAY.plusDays(40), 8, 35, false,
                    EducationLevel.BAC_3, false, 1, TODAY.plusDays(30), LocalDateTime.of(2027, 1, 1, 9, 0)),
                    "Missions", "Profil"));
        }
        index.replaceAll(all);
        assertEquals(List.of("1er arrondissement", "4e arrondissement", "13e arrondissement", "20e arrondissement",
                "Bois de Vincennes", "Écoles de la Ville"), index.search(OfferCriteria.of(Map.of()), TODAY)
                .facet(Filter.PLACE).stream().map(FacetValue::label).toList());
    }

    private SearchResult search(String... pairs) {
        Map<String, List<String>> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
        }
        Map<String, String[]> parameters = new HashMap<>();
        values.forEach((k, v) -> parameters.put(k, v.toArray(String[]::new)));
        return index.search(OfferCriteria.of(parameters), TODAY);
    }

    @Test
    void slicesFromCursorsGiveEveryOfferOnceInEachOrderAsThePagesDo() {
        for (String sort : List.of("recent", "debut", "titre", "pertinence")) {
            OfferCriteria criteria = OfferCriteria.of(Map.of("tri", new String[] {sort},
                    "q", new String[] {sort.equals("pertinence") ? "communication jardin" : ""}));
            List<String> pages = titles(index.search(criteria, TODAY));
            List<String> slices = new ArrayList<>();
            ResultCursor cursor = null;
            int slicesRead = 0;
            do {
                OfferSlice slice = index.slice(criteria, TODAY, cursor == null ? null
                        : ResultCursor.decode(cursor.encode()), 2);
                assertEquals(pages.size(), slice.total());
                assertTrue(slice.offers().size() <= 2);
                slice.offers().forEach(o -> slices.add(o.title()));
                cursor = slice.next();
                slicesRead++;
            } while (cursor != null);
            assertEquals(pages, slices, sort);
            assertEquals((pages.size() + 1) / 2, slicesRead, sort + ": no empty slice at the end");
        }
    }

    @Test
    void aSliceAfterACursorIsNotShiftedByAnOfferPublishedMeanwhile() {
        OfferCriteria recent = OfferCriteria.all();
        OfferSlice first = index.slice(recent, TODAY, null, 2);
        List<String> expected = titles(index.search(recent, TODAY)).subList(2, 4);
        index.put(new OfferText(offerFacts("Offre toute neuve", "DEVE", 2, "75112", 35, true, EducationLevel.BAC,
                10, false, TODAY.plusDays(30)), "Missions", "Profil"));
        OfferSlice second = index.slice(recent, TODAY, first.next(), 2);
        assertEquals(expected, second.offers().stream().map(IndexedOffer::title).toList());
        assertEquals(6, second.total());
        // an offer gone meanwhile (the cursor's own): the next slice still begins where it stood
        index.remove(first.offers().get(1).id());
        assertEquals(expected, index.slice(recent, TODAY, first.next(), 2).offers().stream()
                .map(IndexedOffer::title).toList());
    }

    @Test
    void aCursorIsReadOnlyFromWhatItWrote() {
        ResultCursor cursor = new ResultCursor(fr.stages.search.entity.Sort.TITLE, 1.5f, 12L, 34L, "Un | titre", 56L);
        assertEquals(cursor, ResultCursor.decode(cursor.encode()));
        for (String garbage : List.of("", "???", "bm9uc2Vucw", "x".repeat(601),
                java.util.Base64.getUrlEncoder().encodeToString("nul|1|2|3|4|t".getBytes()),
                java.util.Base64.getUrlEncoder().encodeToString("titre|a|2|3|4|t".getBytes()))) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> ResultCursor.decode(garbage), garbage);
        }
    }

    private static List<String> titles(SearchResult result) {
        return result.offers().stream().map(IndexedOffer::title).toList();
    }

    private static Map<String, Integer> counts(SearchResult result, Filter filter) {
        return result.facet(filter).stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count));
    }

    private OfferText offer(String title, String missions, String profile, String direction, long family,
                            String place, int hours, boolean paid, EducationLevel level, int weeks, boolean remote) {
        return new OfferText(offerFacts(title, direction, family, place, hours, paid, level, weeks, remote,
                TODAY.plusDays(30)), missions, profile);
    }

    private IndexedOffer offerFacts(String title, String direction, long family, String place, int hours,
                                    boolean paid, EducationLevel level, int weeks, boolean remote,
                                    LocalDate deadline) {
        long id = nextId++;
        return new IndexedOffer(id, "OFF-" + id, title, "", direction, "Direction " + direction, null, family,
                "Famille " + family, place, "Lieu " + place, "750" + place.substring(3), TODAY.plusDays(40 + id),
                weeks, hours, paid, level, remote, 1, deadline, LocalDateTime.of(2027, 1, 1, 9, 0).plusHours(id));
    }
}

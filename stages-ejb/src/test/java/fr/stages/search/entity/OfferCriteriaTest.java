package fr.stages.search.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfferCriteriaTest {

    @Test
    void theSameSearchHasTheSameUrlWhateverTheOrderOfItsParameters() {
        Map<String, String[]> one = new LinkedHashMap<>();
        one.put("niveau", new String[] {"BAC_5", "BAC_3"});
        one.put("q", new String[] {"  jardin\r\n public "});
        one.put("direction", new String[] {"deve"});
        Map<String, String[]> two = new LinkedHashMap<>();
        two.put("direction", new String[] {"DEVE"});
        two.put("q", new String[] {"jardin public"});
        two.put("niveau", new String[] {"BAC_3", "BAC_5", "BAC_3"});
        two.put("tri", new String[] {"usuel"});

        assertEquals(OfferCriteria.of(one), OfferCriteria.of(two));
        assertEquals("q=jardin+public&direction=DEVE&niveau=BAC_3&niveau=BAC_5", OfferCriteria.of(two).queryString());
    }

    @Test
    void valuesThatCannotBeAFiltersAreLeftOutAndBadPagesAreThe1st() {
        OfferCriteria criteria = OfferCriteria.of(Map.of("niveau", new String[] {"MASTER", "BAC"},
                "debut", new String[] {"2027-13", "2027-03"}, "duree", new String[] {"<script>"},
                "page", new String[] {"-4"}, "tri", new String[] {"n'importe quoi"}));
        assertEquals("debut=2027-03&niveau=BAC", criteria.queryString());
        assertEquals(1, criteria.page());
        assertEquals(Sort.RECENT, criteria.sort());
        assertEquals(1, OfferCriteria.of(Map.of("page", new String[] {"99999999999"})).page());
    }

    @Test
    void keywordsAreOneLineOfAtMost200CharactersAndBringRelevance() {
        OfferCriteria criteria = OfferCriteria.of(Map.of("q", new String[] {"a".repeat(300)}));
        assertEquals(OfferCriteria.MAX_KEYWORDS, criteria.keywords().length());
        assertEquals(Sort.RELEVANCE, criteria.sort());
        assertEquals(Sort.RECENT, criteria.withoutKeywords().sort());
        assertEquals(Sort.RECENT, OfferCriteria.of(Map.of("tri", new String[] {"pertinence"})).sort(),
                "no relevance without keywords");
    }

    @Test
    void addingOrRemovingAValueGoesBackToTheFirstPage() {
        OfferCriteria page3 = OfferCriteria.of(Map.of("lieu", new String[] {"75112"}, "page", new String[] {"3"}));
        assertEquals("lieu=75112&page=3", page3.queryString());
        OfferCriteria more = page3.with(Filter.PLACE, "75120");
        assertEquals("lieu=75112&lieu=75120", more.queryString());
        assertTrue(more.isSelected(Filter.PLACE, "75120"));
        assertEquals("", more.without(Filter.PLACE, "75112").without(Filter.PLACE, "75120").queryString());
        assertFalse(more.withoutFilters().hasFilters());
        assertEquals("lieu=75112&tri=titre", page3.withSort(Sort.TITLE).queryString());
    }
}

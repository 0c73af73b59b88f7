package fr.stages.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class FrenchTextTest {

    private final FrenchText text = new FrenchText();

    @Test
    void aFeminineJobWordIsReadAsItsMasculine() {
        String[][] pairs = {
            {"jardinière", "jardinier"}, {"conseillère", "conseiller"}, {"animatrice", "animateur"},
            {"vendeuse", "vendeur"}, {"technicienne", "technicien"}, {"professionnelle", "professionnel"},
            {"créative", "créatif"}, {"Jardinières", "jardiniers"}, {"conseillères", "conseiller"},
        };
        for (String[] pair : pairs) {
            assertEquals(text.terms("title", pair[1]), text.terms("title", pair[0]), pair[0]);
        }
    }

    @Test
    void shortWordsAndOtherWordsKeepTheirMeaning() {
        assertNotEquals(text.terms("title", "mer"), text.terms("title", "mère"));
        assertEquals(text.terms("title", "jardin"), text.terms("title", "jardins"));
        assertNotEquals(text.terms("title", "jardin"), text.terms("title", "jardinier"));
    }
}

package fr.stages.web.offers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.web.Texts;
import fr.stages.web.offers.SearchBacking.Group;
import fr.stages.web.offers.SearchBacking.Option;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ResultsHtmlTest {

    /** The French texts of the bundle, without a Faces request. */
    private final Texts french = new Texts() {
        @Override
        public String get(String key, Object... arguments) {
            return ResourceBundle.getBundle(Texts.BUNDLE, Locale.FRENCH).getString(key);
        }
    };

    @Test
    void filtersAreGroupsOfLabelledCheckBoxesWithTheirStates() {
        String html = ResultsHtml.filters(List.of(
                new Group("direction", "Direction", true, List.of(
                        new Option("f-direction-DAC", "DAC", "Affaires <culturelles> & \"arts\"", 3, "3 offres", true),
                        new Option("f-direction-DEVE", "DEVE", "Espaces verts", 0, "aucune offre", false))),
                new Group("niveau", "Niveau d'études", false, List.of(
                        new Option("f-niveau-BAC", "BAC", "Bac", 2, "2 offres", false)))));
        assertTrue(html.startsWith("<details id=\"group-direction\" open=\"open\">\n<summary>Direction</summary>\n"
                + "<fieldset>\n<legend class=\"visually-hidden\">Direction</legend>\n<ul>\n"), html);
        assertTrue(html.contains("<li><input type=\"checkbox\" id=\"f-direction-DAC\" name=\"direction\" value=\"DAC\""
                + " checked=\"checked\"/><label for=\"f-direction-DAC\">Affaires &lt;culturelles&gt; &amp; \"arts\""
                + " <span class=\"count\">3 offres</span></label></li>"), html);
        assertTrue(html.contains("<li class=\"empty\"><input type=\"checkbox\" id=\"f-direction-DEVE\" name=\"direction\""
                + " value=\"DEVE\" disabled=\"disabled\"/>"), "a value giving nothing cannot be chosen");
        assertTrue(html.contains("<details id=\"group-niveau\">\n<summary>Niveau d'études</summary>"), "closed");
        assertEquals(3, html.split("<input ", -1).length - 1);
        assertEquals(3, html.split("<label for=", -1).length - 1, "every box has its label");
    }

    @Test
    void cardsShowTheFactsEscapedAndTheSelectionButton() {
        Card remote = new Card(42, "Stage \"R&D\" <web>", "Direction du numérique – Service Web", "Paris 4e",
                "1 mars 2027", "6 mois", "35 h par semaine", "Bac+5", true, "Stage gratifié", true, "Missions…",
                "Publiée le 1 février 2027");
        Card other = new Card(43, "Jardinier", "Espaces verts", "Paris 12e", "2 mars 2027", "8 semaines",
                "28 h par semaine", "CAP", false, "Stage non gratifié", false, "", "Publiée hier");
        String html = ResultsHtml.cards(List.of(remote, other), "/stages", french);
        assertTrue(html.startsWith("<li class=\"offer-card\">\n<article>\n<h3><a href=\"/stages/offers/offer.xhtml?id=42\">"
                + "Stage \"R&amp;D\" &lt;web&gt;</a></h3>\n"), html);
        assertTrue(html.contains("<div><dt>Lieu</dt><dd>Paris 4e</dd></div>"));
        assertTrue(html.contains("<div><dt>Gratification</dt><dd class=\"tag paid\">Stage gratifié</dd></div>"));
        assertTrue(html.contains("<dd class=\"tag unpaid\">Stage non gratifié</dd>"));
        assertEquals(1, html.split("<dt>Télétravail</dt><dd>Possible</dd>", -1).length - 1, "remote work: first only");
        assertTrue(html.contains("data-select=\"42\" data-title=\"Stage &quot;R&amp;D&quot; &lt;web&gt;\""
                + " data-add=\"Ajouter à ma sélection\""), "attribute values escaped");
        assertTrue(html.contains("<span class=\"visually-hidden\"> – Jardinier</span></button>"),
                "the button names its offer for screen readers");
        assertFalse(html.contains("<web>"));
        assertEquals(2, html.split("<li class=\"offer-card\">", -1).length - 1);
    }
}

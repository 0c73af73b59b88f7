package fr.stages.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.web.Texts;
import fr.stages.web.offers.Card;
import fr.stages.web.search.ResultsView.Group;
import fr.stages.web.search.ResultsView.Option;
import fr.stages.search.entity.FacetValue;
import fr.stages.search.entity.Filter;
import fr.stages.search.entity.OfferCriteria;
import fr.stages.search.entity.SearchResult;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ResultsHtmlTest {

    /** The French texts of the bundle, without a Faces request. */
    private final Texts french = bundle(Locale.FRENCH);
    /** The English texts of the bundle. */
    private final Texts english = bundle(Locale.ENGLISH);

    private static Texts bundle(Locale locale) {
        return new Texts() {
            @Override
            public String get(String key, Object... arguments) {
                String text = ResourceBundle.getBundle(Texts.BUNDLE, locale).getString(key);
                return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
            }

            @Override
            public Locale locale() {
                return locale;
            }
        };
    }

    /** The results column of that search, as the page under the context path /stages shows it. */
    private String results(Map<String, String[]> query, int total, int page, int pages) {
        return results(french, query, total, page, pages);
    }

    private String results(Texts texts, Map<String, String[]> query, int total, int page, int pages) {
        IndexPage search = new IndexPage();
        search.texts = texts;
        return search.page(new SearchResult(OfferCriteria.of(query), List.of(), total, page, pages,
                Map.of(Filter.DIRECTION, List.of(new FacetValue("DEVE", "Espaces verts & environnement", 7, true)))),
                "/stages", "/stages/?lang=en").results();
    }

    @Test
    void theSearchBoxHoldsTheKeywordsEscapedAndNoEmptyValue() {
        assertEquals("<input type=\"search\" id=\"q\" name=\"q\" value=\"jardin &quot;bio&quot; &lt;&amp;&gt;\" "
                + "maxlength=\"200\" aria-describedby=\"q-hint\" />", ResultsHtml.keywordsBox("jardin \"bio\" <&>"));
        assertEquals("<input type=\"search\" id=\"q\" name=\"q\" maxlength=\"200\" aria-describedby=\"q-hint\" />",
                ResultsHtml.keywordsBox(null), "as Facelets wrote it: no value at all");
        assertEquals(ResultsHtml.keywordsBox(null), ResultsHtml.keywordsBox(""));
    }

    @Test
    void resultsGiveTheCountTheSortTheChosenCriteriaAndAWindowOfPages() {
        String html = results(Map.of("q", new String[] {"jardin"}, "direction", new String[] {"DEVE"},
                "page", new String[] {"5"}), 250, 5, 13);
        assertTrue(html.startsWith("<div class=\"results-bar\">\n<h2 id=\"results-title\" tabindex=\"-1\" "
                + "class=\"count\"><span id=\"result-count\">250 offres correspondent</span></h2>"), html);
        assertTrue(html.contains("<label for=\"tri\">Trier par</label>\n<select id=\"tri\" name=\"tri\">\n"
                + "<option value=\"usuel\" selected=\"selected\">Pertinence</option>\n"), "keywords: by relevance");
        assertTrue(html.contains("<option value=\"titre\">Intitulé (de A à Z)</option>"));
        assertTrue(html.contains("<li><a class=\"chip\" data-search=\"data-search\" href=\"/stages/?direction=DEVE\""
                + " title=\"retirer ce critère\">Mots-clés : « jardin »<span class=\"visually-hidden\"> – retirer ce "
                + "critère</span><span aria-hidden=\"true\"> ×</span></a></li>"), "removing the keywords: page 1");
        assertTrue(html.contains("href=\"/stages/?q=jardin\" title=\"retirer ce critère\">Direction : Espaces verts "
                + "&amp; environnement<span"), "a chosen filter, named and escaped");
        assertTrue(html.contains("<li><a class=\"clear-all\" data-search=\"data-search\" href=\"/stages/?q=jardin\">"
                + "Effacer tous les filtres</a></li>"));
        assertTrue(html.contains("<nav class=\"pagination\" aria-label=\"Pages de résultats\">\n<ul>\n"
                + "<li><a data-search=\"data-search\" href=\"/stages/?q=jardin&amp;direction=DEVE&amp;page=4\" "
                + "rel=\"prev\">Page précédente</a></li>\n"), html);
        String page = "<span class=\"visually-hidden\">Page </span>";
        assertTrue(html.contains("<li><a data-search=\"data-search\" href=\"/stages/?q=jardin&amp;direction=DEVE\">"
                + page + "1</a></li>\n<li><span aria-hidden=\"true\">…</span></li>\n"), "first page, then a gap");
        assertTrue(html.contains("<li><a href=\"/stages/?q=jardin&amp;direction=DEVE&amp;page=5\" "
                + "aria-current=\"page\" class=\"current\">" + page + "5</a></li>"), "the current page, marked");
        assertEquals(8, occurrences(html, "<li><a data-search=\"data-search\" href=\"/stages/?q=jardin&amp;direction=DEVE"),
                "previous, pages 1, 3, 4, 6, 7 and 13, next: two pages each side of 5, the first and the last");
        assertTrue(html.contains(">" + page + "13</a></li>\n<li><a data-search=\"data-search\" "
                + "href=\"/stages/?q=jardin&amp;direction=DEVE&amp;page=6\" rel=\"next\">Page suivante</a></li>\n"
                + "</ul>\n</nav>\n"), html);
        assertTrue(html.endsWith("<p class=\"feed\"><a id=\"alert-link\" href=\"/stages/alertes/nouvelle.xhtml?q=jardin"
                + "&amp;direction=DEVE&amp;tri=recent\">Recevoir les nouvelles offres de cette recherche par courriel</a>"
                + " · <a href=\"/stages/offres.atom?q=jardin&amp;direction=DEVE"
                + "&amp;tri=recent\">Suivre ces offres (flux Atom)</a></p>\n"), html);
        assertFalse(html.contains("no-result"));
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void nothingFoundSaysWhatToTryAndAnEmptySiteSaysSoPlainly() {
        String none = results(Map.of("q", new String[] {"introuvable"}), 0, 1, 1);
        assertTrue(none.contains("<span id=\"result-count\">Aucune offre ne correspond</span>"));
        assertTrue(none.contains("<div class=\"no-result\">\n<p>Aucune offre ne correspond à votre recherche.</p>\n"
                + "<p>Retirez un filtre ou essayez d'autres mots-clés : un seul mot suffit souvent.</p>\n</div>"),
                none);
        assertFalse(none.contains("clear-all"), "no filter chosen: nothing to clear");
        assertFalse(none.contains("pagination"), "one page: no pages");
        String empty = results(Map.of(), 0, 1, 1);
        assertTrue(empty.contains("<div class=\"no-result\">\n<p>Aucune offre n'est en ligne pour le moment. "
                + "Revenez bientôt.</p>\n</div>"), empty);
        assertFalse(empty.contains("class=\"chosen\""), "nothing chosen");
        assertFalse(empty.contains("value=\"pertinence\""), "no keywords: no relevance to sort by");
    }

    /** On an English page, a direction's French name is marked as French, its chip's English words are not. */
    @Test
    void anEnglishPageMarksTheFrenchNameOfAChosenDirection() {
        String html = results(english, Map.of("direction", new String[] {"DEVE"}), 7, 1, 1);
        assertTrue(html.contains("title=\"remove this criterion\">Department: <span lang=\"fr\">Espaces verts &amp; "
                + "environnement</span><span class=\"visually-hidden\">"), html);
    }

    @Test
    void filtersAreGroupsOfLabelledCheckBoxesWithTheirStates() {
        String html = ResultsHtml.filters(List.of(
                new Group("direction", "Direction", true, List.of(
                        new Option("f-direction-DAC", "DAC", "Affaires <culturelles> & \"arts\"", null, 3, "3 offres",
                                true),
                        new Option("f-direction-DEVE", "DEVE", "Espaces verts", "fr", 0, "aucune offre", false))),
                new Group("niveau", "Niveau d'études", false, List.of(
                        new Option("f-niveau-BAC", "BAC", "Bac", null, 2, "2 offres", false)))));
        assertTrue(html.startsWith("<details id=\"group-direction\" open=\"open\">\n<summary>Direction</summary>\n"
                + "<fieldset>\n<legend class=\"visually-hidden\">Direction</legend>\n<ul>\n"), html);
        assertTrue(html.contains("<li><input type=\"checkbox\" id=\"f-direction-DAC\" name=\"direction\" value=\"DAC\""
                + " checked=\"checked\"/><label for=\"f-direction-DAC\">Affaires &lt;culturelles&gt; &amp; \"arts\""
                + " <span class=\"count\">3 offres</span></label></li>"), html);
        assertTrue(html.contains("<li class=\"empty\"><input type=\"checkbox\" id=\"f-direction-DEVE\" name=\"direction\""
                + " value=\"DEVE\" disabled=\"disabled\"/><label for=\"f-direction-DEVE\"><span lang=\"fr\">Espaces verts"
                + "</span> <span class=\"count\">"), "a value giving nothing cannot be chosen; a French name marked");
        assertTrue(html.contains("<details id=\"group-niveau\">\n<summary>Niveau d'études</summary>"), "closed");
        assertEquals(3, html.split("<input ", -1).length - 1);
        assertEquals(3, html.split("<label for=", -1).length - 1, "every box has its label");
    }

    @Test
    void cardsShowTheFactsEscapedAndTheSelectionButton() {
        Card remote = new Card(42, "Stage \"R&D\" <web>", "Direction du numérique – Service Web", "Paris 4e",
                null, "1 mars 2027", "6 mois", "35 h par semaine", "Bac+5", true, "Stage gratifié", true, "Missions…",
                "Publiée le 1 février 2027");
        Card other = new Card(43, "Jardinier", "Espaces verts", "Paris 12e", "fr", "2 mars 2027", "8 semaines",
                "28 h par semaine", "CAP", false, "Stage non gratifié", false, "", "Publiée hier");
        String html = ResultsHtml.cards(List.of(remote, other), "/stages", french);
        assertTrue(html.startsWith("<li class=\"offer-card\">\n<article>\n<h3 lang=\"fr\"><a href=\"/stages/offers/offer.xhtml?id=42\">"
                + "Stage \"R&amp;D\" &lt;web&gt;</a></h3>\n"), html);
        assertTrue(html.contains("<div><dt>Lieu</dt><dd>Paris 4e</dd></div>"));
        assertTrue(html.contains("<div><dt>Lieu</dt><dd lang=\"fr\">Paris 12e</dd></div>"), "named in French");
        assertTrue(html.contains("<div><dt>Gratification</dt><dd class=\"tag paid\">Stage gratifié</dd></div>"));
        assertTrue(html.contains("<dd class=\"tag unpaid\">Stage non gratifié</dd>"));
        assertEquals(1, html.split("<dt>Télétravail</dt><dd>Possible</dd>", -1).length - 1, "remote work: first only");
        assertTrue(html.contains("data-select=\"42\" data-title=\"Stage &quot;R&amp;D&quot; &lt;web&gt;\""
                + " data-add=\"Ajouter à ma sélection\""), "attribute values escaped");
        assertTrue(html.contains("<span class=\"visually-hidden\"> – <span lang=\"fr\">Jardinier</span></span></button>"),
                "the button names its offer for screen readers");
        assertFalse(html.contains("<web>"));
        assertEquals(2, html.split("<li class=\"offer-card\">", -1).length - 1);
    }

    @Test
    void textsAndAttributesAreEscapedAsFacesEscapesThem() {
        assertEquals("a &amp;&amp; b &lt;i&gt; \"c\" &amp;", ResultsHtml.text("a && b <i> \"c\" &"));
        assertEquals("&lt;a href=&quot;?q=x&amp;y=z&quot;&gt;", ResultsHtml.attribute("<a href=\"?q=x&y=z\">"));
        assertEquals("", ResultsHtml.text(null));
        String plain = "Jardinier·e – Paris 12e";
        org.junit.jupiter.api.Assertions.assertSame(plain, ResultsHtml.text(plain), "nothing to escape: no copy");
    }
}

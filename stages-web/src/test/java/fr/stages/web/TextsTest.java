package fr.stages.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextsTest {

    private static Texts in(Locale language) {
        Texts texts = new Texts();
        texts.locale = new SiteLanguage() {
            @Override
            public Locale getCurrent() {
                return language;
            }
        };
        return texts;
    }

    @Test
    void countsDurationsAndDatesAreWrittenInThePageLanguageAlsoOnceRemembered() {
        Texts french = in(Locale.FRENCH);
        Texts english = in(Locale.ENGLISH);
        // twice, the two languages in turn: the second round reads the texts remembered by the first
        for (int round = 1; round <= 2; round++) {
            assertEquals("(aucune offre)", french.get("search.count.option", 0), "round " + round);
            assertEquals("(no offer)", english.get("search.count.option", 0), "round " + round);
            assertEquals("(12 offres)", french.get("search.count.option", 12), "round " + round);
            assertEquals("(12 offers)", english.get("search.count.option", 12), "round " + round);
            assertEquals("3 semaines", french.duration(3), "round " + round);
            assertEquals("3 weeks", english.duration(3), "round " + round);
            assertEquals("6 mois", french.duration(26), "round " + round);
            assertEquals("3 mois", french.duration(13), "round " + round);
            assertEquals("24 semaines", french.duration(24), "1 February to 18 July, not « 6 mois »");
            assertEquals("12 weeks", english.duration(12), "round " + round);
            assertEquals("1er mars 2027", french.date(LocalDate.of(2027, 3, 1)), "round " + round);
            assertEquals("March 1, 2027", english.date(LocalDate.of(2027, 3, 1)), "round " + round);
        }
    }
}

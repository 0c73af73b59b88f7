package fr.stages.search.control;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Reads a feminine job word as its masculine form, on words already lower case and without accents: « jardinière »
 * as « jardinier », « conseillère » as « conseiller », « animatrice » as « animateur », « vendeuse » as « vendeur »,
 * « technicienne » as « technicien », « professionnelle » as « professionnel », « créative » as « créatif », with
 * or without a plural s. Lucene's light French stemmer keeps them apart, so a search for one form missed offers
 * written with the other. The same reading runs on offers and on searches, so that a word it joins to another by
 * accident only widens a search; short words (« mère ») are left alone.
 */
final class FeminineForms extends TokenFilter {

    /** Feminine ending, masculine ending; the longest first, each applied to words longer than the ending by 2. */
    private static final String[][] ENDINGS = {
        {"trice", "teur"}, {"ienne", "ien"}, {"iere", "ier"}, {"euse", "eur"}, {"elle", "el"}, {"ere", "er"},
        {"ive", "if"},
    };

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    FeminineForms(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        boolean plural = word.length() > 4 && word.endsWith("s");
        String singular = plural ? word.substring(0, word.length() - 1) : word;
        for (String[] ending : ENDINGS) {
            if (singular.length() > ending[0].length() + 2 && singular.endsWith(ending[0])) {
                String masculine = singular.substring(0, singular.length() - ending[0].length()) + ending[1];
                term.setEmpty().append(plural ? masculine + "s" : masculine);
                break;
            }
        }
        return true;
    }
}

package fr.stages.search.control;

import java.io.IOException;
import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How words are compared: elisions removed (l', d'…), case, accents and French stop words ignored, plurals and
 * common endings reduced by Lucene's light French stemmer — "Électricité", "electricite" and "électricités" are
 * one word; inclusive writing ("Chargé·e") is read as its first form, a feminine job word as its masculine
 * ("jardinière" as "jardinier", FeminineForms). The same analysis runs on offers and on what candidates type.
 */
public final class FrenchText extends Analyzer {

    /** The feminine and plural endings of inclusive writing ("Chargé·e·s", "Rédacteur·rice"), left out. */
    private static final Pattern INCLUSIVE = Pattern.compile("(?<=\\p{L})[\u00B7\u2022\u2219\u22C5]\\p{L}+");

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        // without this, the word breaker keeps "jardinier·e" whole and "jardinier" finds nothing
        return new PatternReplaceCharFilter(INCLUSIVE, "", reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(stream);
        // the stop list is written with accents: remove stop words before folding accents away
        stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
        stream = new ASCIIFoldingFilter(stream);
        stream = new FeminineForms(stream);
        stream = new FrenchLightStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /** The terms a text is reduced to, in order. */
    public List<String> terms(String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string reader does not fail
        }
        return terms;
    }
}

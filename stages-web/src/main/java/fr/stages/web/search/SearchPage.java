package fr.stages.web.search;

import java.util.Set;

/**
 * What the search page shows that depends on the search, as the page writes it: the title, the feed's address,
 * the search box, the link to the other language, the count of chosen filters, the filters and the results
 * column (the last four as HTML). Immutable; the frame of the page (PageFrame) is rendered from {@link #FRAME},
 * whose parts are marks, and each search fills the frame from its own page.
 */
public record SearchPage(String title, String atom, String keywordsBox, String switchUrl, String chosenFilters,
                         String filters, String results) {

    static final String TITLE = "title";
    static final String ATOM = "atom";
    static final String KEYWORDS = "keywords";
    static final String SWITCH = "language-switch";
    static final String CHOSEN = "chosen-filters";
    static final String FILTERS = "filters";
    static final String RESULTS = "results";
    /** The names of the parts, each of which the frame holds once. */
    static final Set<String> PARTS = Set.of(TITLE, ATOM, KEYWORDS, SWITCH, CHOSEN, FILTERS, RESULTS);

    /** The page whose parts are marks, for Faces to render the frame. */
    static final SearchPage FRAME = new SearchPage(PageFrame.mark(TITLE), PageFrame.mark(ATOM),
            PageFrame.mark(KEYWORDS), PageFrame.mark(SWITCH), PageFrame.mark(CHOSEN), PageFrame.mark(FILTERS),
            PageFrame.mark(RESULTS));

    /** A part as the page writes it: texts and attributes escaped as Faces escapes them, HTML as it is. */
    String part(String name) {
        return switch (name) {
            case TITLE -> ResultsHtml.text(title);
            case ATOM -> ResultsHtml.attribute(atom);
            case KEYWORDS -> keywordsBox;
            case SWITCH -> ResultsHtml.attribute(switchUrl);
            case CHOSEN -> chosenFilters;
            case FILTERS -> filters;
            case RESULTS -> results;
            default -> throw new IllegalArgumentException("no part " + name + " on the search page");
        };
    }
}

package fr.stages.web.offers;

import fr.stages.offers.entity.EducationLevel;
import fr.stages.search.boundary.Search;
import fr.stages.search.entity.FacetValue;
import fr.stages.search.entity.Filter;
import fr.stages.search.entity.OfferCriteria;
import fr.stages.search.entity.SearchResult;
import fr.stages.search.entity.Sort;
import fr.stages.web.FramedPage;
import fr.stages.web.LocaleBacking;
import fr.stages.web.PageFrame;
import fr.stages.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The public search page (the home page): its whole state is the query string, read here on each request, so
 * that a link, a bookmark or the back button shows the same results, with no session and no view state.
 * <p>
 * Rendered by Faces once per language as a {@link PageFrame} (the getters the page reads give marks then), and
 * for each search by PublicPages from that frame and the {@link #part parts} given here.
 */
@Named("search")
@RequestScoped
public class SearchBacking implements FramedPage {

    /** A filter as the page shows it: a group of check boxes. */
    public record Group(String name, String legend, boolean open, List<Option> options) {
    }

    /** A value to check: its count given the other filters; a value giving nothing cannot be chosen. */
    /** A value to check (lang: "fr" when its label is French on a page in another language, else null). */
    public record Option(String id, String value, String label, String lang, int count, String countLabel,
                         boolean selected) {
        public boolean isDisabled() {
            return count == 0 && !selected;
        }
    }

    /** A link: a chosen filter to remove, a page, a sort. */
    /** A link; value and valueLang: the part of its label that is in another language than the page's, if any. */
    public record Link(String label, String url, boolean current, String value, String valueLang) {
        Link(String label, String url, boolean current) {
            this(label, url, current, null, null);
        }
    }

    private static final List<Filter> SHOWN = List.of(Filter.PAID, Filter.HOURS, Filter.DURATION, Filter.START,
            Filter.REMOTE, Filter.LEVEL, Filter.JOB_FAMILY, Filter.DIRECTION, Filter.PLACE);

    private static final String TITLE = "title";
    private static final String ATOM = "atom";
    private static final String KEYWORDS = "keywords";
    private static final String CHOSEN = "chosen-filters";
    private static final String FILTERS = "filters";
    private static final String RESULTS = "results";
    private static final Set<String> PARTS =
            Set.of(TITLE, ATOM, KEYWORDS, LocaleBacking.SWITCH_PART, CHOSEN, FILTERS, RESULTS);

    @Inject
    EnglishNames englishNames;

    @Inject
    Search search;

    @Inject
    Texts texts;

    @Inject
    LocaleBacking locale;

    @Inject
    HttpServletRequest request;

    private SearchResult result;
    // computed once: EL asks for them several times while the page renders
    private List<Group> groups;
    private List<Link> chosen;
    private List<Link> pages;
    private List<Card> cards;
    private DateTimeFormatter monthYear;
    private String contextPath;

    /** The search of the request's query string, done when first needed (not while the page renders a frame). */
    private SearchResult result() {
        if (result == null) {
            show(search.find(OfferCriteria.of(request.getParameterMap())), request.getContextPath());
        }
        return result;
    }

    /** The page of that result, its links under that context path (also how ResultsHtmlTest builds a page). */
    void show(SearchResult found, String path) {
        result = found;
        contextPath = path;
    }

    private boolean framing() {
        return request != null && PageFrame.rendering(request);
    }

    @Override
    public Set<String> parts() {
        return PARTS;
    }

    /** The parts as the page writes them: texts and attributes escaped, lists already HTML. */
    @Override
    public String part(String name) {
        return switch (name) {
            case TITLE -> ResultsHtml.text(getTitle());
            case ATOM -> ResultsHtml.attribute(getAtom());
            case KEYWORDS -> getKeywordsBox();
            case LocaleBacking.SWITCH_PART -> ResultsHtml.attribute(locale.getSwitchUrl());
            case CHOSEN -> getChosenFiltersHtml();
            case FILTERS -> getFiltersHtml();
            case RESULTS -> getResultsHtml();
            default -> throw new IllegalArgumentException("no part " + name + " on the search page");
        };
    }

    public SearchResult getResult() {
        return result();
    }

    public OfferCriteria getCriteria() {
        return result().criteria();
    }

    public List<Card> getOffers() {
        if (cards == null) {
            cards = Card.of(result().offers(), texts, englishNames);
        }
        return cards;
    }

    /** The filters' groups of check boxes, as HTML: see ResultsHtml for why not Facelets. */
    public String getFiltersHtml() {
        return framing() ? PageFrame.mark(FILTERS) : ResultsHtml.filters(getGroups());
    }

    /** The results column (count, sort, chosen criteria, cards, pages), as HTML. */
    public String getResultsHtml() {
        if (framing()) {
            return PageFrame.mark(RESULTS);
        }
        result(); // the search first: it says the context path of the links as well
        return ResultsHtml.results(this, contextPath, texts);
    }

    // properties rather than method calls in the page: EL looks a called method up by reflection each time

    /** The box of the keywords, holding those searched. */
    public String getKeywordsBox() {
        return framing() ? PageFrame.mark(KEYWORDS) : ResultsHtml.keywordsBox(getCriteria().keywords());
    }

    /** The page's title: the keywords searched, or the home page's. */
    public String getTitle() {
        if (framing()) {
            return PageFrame.mark(TITLE);
        }
        return getCriteria().hasKeywords() ? texts.get("search.titleFor", getCriteria().keywords())
                : texts.get("home.title");
    }

    /** « 12 offres correspondent » */
    public String getCount() {
        return texts.get("search.count", result().total());
    }

    /** « (2 filtres choisis) » beside the filters' heading, when filters are chosen: HTML. */
    public String getChosenFiltersHtml() {
        if (framing()) {
            return PageFrame.mark(CHOSEN);
        }
        return getCriteria().hasFilters() ? " <span class=\"chosen-count\">"
                + ResultsHtml.text(texts.get("search.filters.chosen", chosenFilters())) + "</span>" : "";
    }

    public List<Group> getGroups() {
        if (groups != null) {
            return groups;
        }
        groups = new ArrayList<>();
        SearchResult result = result();
        for (Filter filter : SHOWN) {
            List<Option> options = new ArrayList<>();
            for (FacetValue value : result.facet(filter)) {
                if (filter == Filter.REMOTE && !"oui".equals(value.value())) {
                    continue; // one box, "remote work possible": its "no" says nothing useful
                }
                options.add(new Option("f-" + filter.parameter() + "-" + value.value(), value.value(),
                        label(filter, value.value(), value.label()), lang(filter, value.value()), value.count(),
                        texts.get("search.count.option", value.count()), value.selected()));
            }
            if (filter == Filter.JOB_FAMILY && !texts.locale().getLanguage().equals("fr")) {
                // the index orders them by their French names
                options = new ArrayList<>(fr.stages.platform.ReadingOrder.sorted(options, Option::label, texts.locale()));
            }
            boolean chosen = !result.criteria().values(filter).isEmpty();
            boolean small = options.size() <= 4;
            groups.add(new Group(filter.parameter(), texts.get("search.filter." + filter.parameter()),
                    chosen || small, options));
        }
        return groups;
    }

    /** The chosen keywords and filter values, each with the link that removes it. */
    public List<Link> getChosen() {
        if (chosen != null) {
            return chosen;
        }
        chosen = new ArrayList<>();
        SearchResult result = result();
        OfferCriteria criteria = result.criteria();
        if (criteria.hasKeywords()) {
            chosen.add(new Link(texts.get("search.chosen.keywords", criteria.keywords()),
                    url(criteria.withoutKeywords()), false));
        }
        criteria.filters().forEach((filter, values) -> values.forEach(value -> {
            String label = label(filter, value, result.label(filter, value));
            chosen.add(new Link(texts.get("search.chosen.filter", texts.get("search.filter." + filter.parameter()),
                    label), url(criteria.without(filter, value)), false, label, lang(filter, value)));
        }));
        return chosen;
    }

    /** How many filter values are chosen (the page shows it through getChosenFiltersHtml). */
    private int chosenFilters() {
        return getCriteria().filters().values().stream().mapToInt(java.util.Set::size).sum();
    }

    public String getClearAll() {
        return url(getCriteria().withoutFilters());
    }

    public List<Link> getSorts() {
        SearchResult result = result();
        List<Link> sorts = new ArrayList<>();
        Sort usual = Sort.of(null, result.criteria().hasKeywords());
        for (Sort sort : Sort.values()) {
            if (sort != Sort.RELEVANCE || result.criteria().hasKeywords()) {
                // "usuel", not its name: with new keywords, the usual order becomes relevance, not the old default
                sorts.add(new Link(texts.get("search.sort." + sort.parameter()),
                        sort == usual ? Sort.USUAL : sort.parameter(), sort == result.criteria().sort()));
            }
        }
        return sorts;
    }

    /** Previous, a window of pages around the current one, next. */
    public List<Link> getPages() {
        if (pages != null) {
            return pages;
        }
        pages = new ArrayList<>();
        SearchResult result = result();
        int current = result.page();
        int last = result.pages();
        if (last == 1) {
            return pages;
        }
        for (int page = 1; page <= last; page++) {
            if (page == 1 || page == last || Math.abs(page - current) <= 2) {
                pages.add(new Link(Integer.toString(page), url(result.criteria().withPage(page)), page == current));
            } else if (!pages.isEmpty() && pages.get(pages.size() - 1).url() != null) {
                pages.add(new Link("…", null, false));
            }
        }
        return pages;
    }

    public String getPrevious() {
        SearchResult result = result();
        return result.page() > 1 ? url(result.criteria().withPage(result.page() - 1)) : null;
    }

    public String getNext() {
        SearchResult result = result();
        return result.page() < result.pages() ? url(result.criteria().withPage(result.page() + 1)) : null;
    }

    public String getAtom() {
        if (framing()) {
            return PageFrame.mark(ATOM);
        }
        String query = getCriteria().withPage(1).withSort(Sort.RECENT).queryString();
        if ("en".equals(texts.locale().getLanguage())) {
            query = query.isEmpty() ? "lang=en" : query + "&lang=en";
        }
        return contextPath + "/offres.atom" + (query.isEmpty() ? "" : "?" + query);
    }

    private String label(Filter filter, String value, String name) {
        return switch (filter) {
            case DIRECTION -> name == null ? value : name;
            case JOB_FAMILY -> englishNames.jobFamily(value, name == null ? value : name, texts.locale());
            case PLACE -> englishNames.place(value, name == null ? value : name, texts.locale());
            case START -> capitalize(YearMonth.parse(value).format(monthYear()));
            case LEVEL -> texts.level(EducationLevel.valueOf(value));
            default -> texts.get("search.value." + filter.parameter() + "." + value);
        };
    }

    /**
     * "fr" for a value named in French on a page in another language: directions (the city names them in French
     * only), job families and places without a name in the reader's language. Null otherwise.
     */
    private String lang(Filter filter, String value) {
        return switch (filter) {
            case DIRECTION -> "fr".equals(texts.locale().getLanguage()) ? null : "fr";
            case JOB_FAMILY -> englishNames.jobFamilyLang(value, texts.locale());
            case PLACE -> englishNames.placeLang(value, texts.locale());
            default -> null;
        };
    }

    private DateTimeFormatter monthYear() {
        if (monthYear == null) {
            monthYear = DateTimeFormatter.ofPattern("MMMM yyyy", texts.locale());
        }
        return monthYear;
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private String url(OfferCriteria criteria) {
        String query = criteria.queryString();
        return contextPath + "/" + (query.isEmpty() ? "" : "?" + query);
    }
}

package fr.stages.web.offers;

import fr.stages.offers.entity.EducationLevel;
import fr.stages.search.boundary.Search;
import fr.stages.search.entity.FacetValue;
import fr.stages.search.entity.Filter;
import fr.stages.search.entity.OfferCriteria;
import fr.stages.search.entity.SearchResult;
import fr.stages.search.entity.Sort;
import fr.stages.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The public search page (the home page): its whole state is the query string, read here on each request, so
 * that a link, a bookmark or the back button shows the same results, with no session and no view state.
 */
@Named("search")
@RequestScoped
public class SearchBacking {

    /** A filter as the page shows it: a group of check boxes. */
    public record Group(String name, String legend, boolean open, List<Option> options) {
    }

    /** A value to check: its count given the other filters; a value giving nothing cannot be chosen. */
    public record Option(String id, String value, String label, int count, String countLabel, boolean selected) {
        public boolean isDisabled() {
            return count == 0 && !selected;
        }
    }

    /** A link: a chosen filter to remove, a page, a sort. */
    public record Link(String label, String url, boolean current) {
    }

    private static final List<Filter> SHOWN = List.of(Filter.PAID, Filter.HOURS, Filter.DURATION, Filter.START,
            Filter.REMOTE, Filter.LEVEL, Filter.JOB_FAMILY, Filter.DIRECTION, Filter.PLACE);

    @Inject
    Search search;

    @Inject
    Texts texts;

    private SearchResult result;
    // computed once: EL asks for them several times while the page renders
    private List<Group> groups;
    private List<Link> chosen;
    private List<Link> pages;
    private List<Card> cards;
    private DateTimeFormatter monthYear;
    private String contextPath;

    @PostConstruct
    void find() {
        ExternalContext request = FacesContext.getCurrentInstance().getExternalContext();
        show(search.find(OfferCriteria.of(request.getRequestParameterValuesMap())), request.getRequestContextPath());
    }

    /** The page of that result, its links under that context path (also how ResultsHtmlTest builds a page). */
    void show(SearchResult found, String path) {
        result = found;
        contextPath = path;
    }

    public SearchResult getResult() {
        return result;
    }

    public OfferCriteria getCriteria() {
        return result.criteria();
    }

    public List<Card> getOffers() {
        if (cards == null) {
            cards = Card.of(result.offers(), texts);
        }
        return cards;
    }

    /** The filters' groups of check boxes, as HTML: see ResultsHtml for why not Facelets. */
    public String getFiltersHtml() {
        return ResultsHtml.filters(getGroups());
    }

    /** The results column (count, sort, chosen criteria, cards, pages), as HTML. */
    public String getResultsHtml() {
        return ResultsHtml.results(this, contextPath, texts);
    }

    // properties rather than method calls in the page: EL looks a called method up by reflection each time

    public String getKeywords() {
        return getCriteria().keywords();
    }

    public boolean isFiltered() {
        return getCriteria().hasFilters();
    }

    /** The page's title: the keywords searched, or the home page's. */
    public String getTitle() {
        return getCriteria().hasKeywords() ? texts.get("search.titleFor", getCriteria().keywords())
                : texts.get("home.title");
    }

    /** « 12 offres correspondent » */
    public String getCount() {
        return texts.get("search.count", result.total());
    }

    /** « (2 filtres choisis) », beside the filters' heading. */
    public String getChosenFiltersLabel() {
        return texts.get("search.filters.chosen", chosenFilters());
    }

    public List<Group> getGroups() {
        if (groups != null) {
            return groups;
        }
        groups = new ArrayList<>();
        for (Filter filter : SHOWN) {
            List<Option> options = new ArrayList<>();
            for (FacetValue value : result.facet(filter)) {
                if (filter == Filter.REMOTE && !"oui".equals(value.value())) {
                    continue; // one box, "remote work possible": its "no" says nothing useful
                }
                options.add(new Option("f-" + filter.parameter() + "-" + value.value(), value.value(),
                        label(filter, value.value(), value.label()), value.count(),
                        texts.get("search.count.option", value.count()), value.selected()));
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
        OfferCriteria criteria = result.criteria();
        if (criteria.hasKeywords()) {
            chosen.add(new Link(texts.get("search.chosen.keywords", criteria.keywords()),
                    url(criteria.withoutKeywords()), false));
        }
        criteria.filters().forEach((filter, values) -> values.forEach(value -> chosen.add(new Link(
                texts.get("search.chosen.filter", texts.get("search.filter." + filter.parameter()),
                        label(filter, value, result.label(filter, value))),
                url(criteria.without(filter, value)), false))));
        return chosen;
    }

    /** How many filter values are chosen (the page shows it through getChosenFiltersLabel). */
    private int chosenFilters() {
        return result.criteria().filters().values().stream().mapToInt(java.util.Set::size).sum();
    }

    public String getClearAll() {
        return url(result.criteria().withoutFilters());
    }

    public List<Link> getSorts() {
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
        return result.page() > 1 ? url(result.criteria().withPage(result.page() - 1)) : null;
    }

    public String getNext() {
        return result.page() < result.pages() ? url(result.criteria().withPage(result.page() + 1)) : null;
    }

    public String getAtom() {
        String query = result.criteria().withPage(1).withSort(Sort.RECENT).queryString();
        if ("en".equals(texts.locale().getLanguage())) {
            query = query.isEmpty() ? "lang=en" : query + "&lang=en";
        }
        return contextPath + "/offres.atom" + (query.isEmpty() ? "" : "?" + query);
    }

    private String label(Filter filter, String value, String name) {
        return switch (filter) {
            case DIRECTION, JOB_FAMILY, PLACE -> name == null ? value : name;
            case START -> capitalize(YearMonth.parse(value).format(monthYear()));
            case LEVEL -> texts.level(EducationLevel.valueOf(value));
            default -> texts.get("search.value." + filter.parameter() + "." + value);
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

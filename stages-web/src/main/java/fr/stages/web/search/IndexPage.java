package fr.stages.web.search;

import fr.stages.offers.entity.EducationLevel;
import fr.stages.search.boundary.Search;
import fr.stages.search.entity.FacetValue;
import fr.stages.search.entity.Filter;
import fr.stages.search.entity.OfferCriteria;
import fr.stages.search.entity.SearchResult;
import fr.stages.search.entity.Sort;
import fr.stages.web.SiteLanguage;
import fr.stages.web.Texts;
import fr.stages.web.offers.Card;
import fr.stages.web.offers.EnglishNames;
import fr.stages.web.search.ResultsView.Group;
import fr.stages.web.search.ResultsView.Link;
import fr.stages.web.search.ResultsView.Option;
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
 * The search is done once and turned into one immutable {@link SearchPage} (its results column a
 * {@link ResultsView}, written as HTML by ResultsHtml from that view alone); the page (index.xhtml) prints its
 * parts. While Faces renders the page's frame (SearchFrames), the page is {@link SearchPage#FRAME}: marks.
 */
@Named("indexPage")
@RequestScoped
public class IndexPage {

    private static final List<Filter> SHOWN = List.of(Filter.PAID, Filter.HOURS, Filter.DURATION, Filter.START,
            Filter.REMOTE, Filter.LEVEL, Filter.JOB_FAMILY, Filter.DIRECTION, Filter.PLACE);

    @Inject
    EnglishNames englishNames;

    @Inject
    Search search;

    @Inject
    Texts texts;

    @Inject
    SiteLanguage locale;

    @Inject
    HttpServletRequest request;

    private SearchPage page;
    private DateTimeFormatter monthYear;
    private String contextPath;

    /** The page of the request's search (done when first asked), or the frame's marks while the frame renders. */
    public SearchPage getPage() {
        if (SearchFrames.rendering(request)) {
            return SearchPage.FRAME; // not kept: the same request then fills the frame with its own page
        }
        if (page == null) {
            texts = texts.direct(); // hundreds of calls below, each through the proxy otherwise (Texts.direct)
            page = page(search.find(OfferCriteria.of(request.getParameterMap())), request.getContextPath(),
                    locale.getSwitchUrl());
        }
        return page;
    }

    /** The page of that result, its links under that context path (also how ResultsHtmlTest builds one). */
    SearchPage page(SearchResult result, String path, String switchUrl) {
        contextPath = path;
        OfferCriteria criteria = result.criteria();
        String atom = atom(criteria);
        String title = criteria.hasKeywords() ? texts.get("search.titleFor", criteria.keywords())
                : texts.get("home.title");
        int chosenFilters = criteria.filters().values().stream().mapToInt(Set::size).sum();
        String chosenCount = criteria.hasFilters() ? " <span class=\"chosen-count\">"
                + ResultsHtml.text(texts.get("search.filters.chosen", chosenFilters)) + "</span>" : "";
        ResultsView results = new ResultsView(texts.get("search.count", result.total()), sorts(criteria),
                chosen(result), criteria.hasFilters() ? url(criteria.withoutFilters()) : null,
                result.total() == 0 ? criteria.hasKeywords() || criteria.hasFilters() : null,
                Card.of(result.offers(), texts, englishNames), pages(result),
                result.page() > 1 ? url(criteria.withPage(result.page() - 1)) : null,
                result.page() < result.pages() ? url(criteria.withPage(result.page() + 1)) : null, atom,
                alert(criteria));
        return new SearchPage(title, atom, ResultsHtml.keywordsBox(criteria.keywords()), switchUrl, chosenCount,
                ResultsHtml.filters(groups(result)), ResultsHtml.results(results, path, texts));
    }

    /** The filters' groups of check boxes, each value with its count given the other filters. */
    private List<Group> groups(SearchResult result) {
        List<Group> groups = new ArrayList<>();
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
    private List<Link> chosen(SearchResult result) {
        List<Link> chosen = new ArrayList<>();
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

    private List<Link> sorts(OfferCriteria criteria) {
        List<Link> sorts = new ArrayList<>();
        Sort usual = Sort.of(null, criteria.hasKeywords());
        for (Sort sort : Sort.values()) {
            if (sort != Sort.RELEVANCE || criteria.hasKeywords()) {
                // "usuel", not its name: with new keywords, the usual order becomes relevance, not the old default
                sorts.add(new Link(texts.get("search.sort." + sort.parameter()),
                        sort == usual ? Sort.USUAL : sort.parameter(), sort == criteria.sort()));
            }
        }
        return sorts;
    }

    /** Previous, a window of pages around the current one, next. */
    private List<Link> pages(SearchResult result) {
        List<Link> pages = new ArrayList<>();
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

    /** The page that saves this search as an alert by mail (keywords and filters; language kept). */
    private String alert(OfferCriteria criteria) {
        return atom(criteria).replace("/offres.atom", "/alertes/nouvelle.xhtml");
    }

    private String atom(OfferCriteria criteria) {
        String query = criteria.withPage(1).withSort(Sort.RECENT).queryString();
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

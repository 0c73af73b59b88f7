package fr.stages.search.entity;

import fr.stages.offers.entity.EducationLevel;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A public search as its URL says it: keywords, the values chosen for each filter, the sort and the page. Built
 * from any query string without failing (a value that cannot be one of a filter's is left out), and written
 * back in one normalized form, so that equal searches have equal URLs.
 */
public final class OfferCriteria {

    public static final int PAGE_SIZE = 20;
    public static final int MAX_KEYWORDS = 200;
    private static final int MAX_PAGE = 10_000;
    private static final Map<Filter, Pattern> FORMATS = new EnumMap<>(Map.of(
            Filter.DIRECTION, Pattern.compile("[A-Za-z0-9-]{1,20}"),
            Filter.JOB_FAMILY, Pattern.compile("[0-9]{1,18}"),
            Filter.PLACE, Pattern.compile("[A-Za-z0-9-]{1,20}"),
            Filter.START, Pattern.compile("20[0-9]{2}-(0[1-9]|1[0-2])"),
            Filter.DURATION, Pattern.compile(String.join("|", Filter.DURATIONS)),
            Filter.PAID, Pattern.compile("oui|non"),
            Filter.HOURS, Pattern.compile(String.join("|", Filter.HOURS_RANGES)),
            Filter.LEVEL, Pattern.compile(String.join("|", Arrays.stream(EducationLevel.values())
                    .map(Enum::name).toList())),
            Filter.REMOTE, Pattern.compile("oui|non")));

    private final String keywords;
    private final Map<Filter, SortedSet<String>> filters;
    private final Sort sort;
    private final int page;

    private OfferCriteria(String keywords, Map<Filter, SortedSet<String>> filters, Sort sort, int page) {
        this.keywords = keywords;
        this.filters = filters;
        this.sort = sort;
        this.page = page;
    }

    /** Every offer online, newest first. */
    public static OfferCriteria all() {
        return new OfferCriteria("", new EnumMap<>(Filter.class), Sort.RECENT, 1);
    }

    /** The search a query string asks for (parameters as the servlet API gives them). */
    public static OfferCriteria of(Map<String, String[]> parameters) {
        String keywords = cleanKeywords(first(parameters, "q"));
        Map<Filter, SortedSet<String>> filters = new EnumMap<>(Filter.class);
        for (Filter filter : Filter.values()) {
            String[] values = parameters.get(filter.parameter());
            if (values != null) {
                for (String value : values) {
                    String v = value == null ? "" : value.strip();
                    if (filter == Filter.DIRECTION) {
                        v = v.toUpperCase(java.util.Locale.ROOT);
                    }
                    if (FORMATS.get(filter).matcher(v).matches()) {
                        filters.computeIfAbsent(filter, f -> new TreeSet<>()).add(v);
                    }
                }
            }
        }
        return new OfferCriteria(keywords, filters, Sort.of(first(parameters, "tri"), !keywords.isEmpty()),
                page(first(parameters, "page")));
    }

    /**
     * Whether a filter takes that value as the query string gives it (direction codes in any case): what of() keeps
     * of a value; the public API refuses the others instead of leaving them out.
     */
    public static boolean accepts(Filter filter, String value) {
        String v = value == null ? "" : value.strip();
        return FORMATS.get(filter).matcher(filter == Filter.DIRECTION ? v.toUpperCase(java.util.Locale.ROOT) : v)
                .matches();
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    /** Keywords on one line, without control characters, at most 200 characters. */
    static String cleanKeywords(String raw) {
        if (raw == null) {
            return "";
        }
        String clean = raw.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").replaceAll("\\s+", " ").strip();
        return clean.length() <= MAX_KEYWORDS ? clean : clean.substring(0, MAX_KEYWORDS).strip();
    }

    private static int page(String raw) {
        try {
            int page = Integer.parseInt(raw == null ? "1" : raw.strip());
            return Math.min(Math.max(page, 1), MAX_PAGE);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public String keywords() {
        return keywords;
    }

    public boolean hasKeywords() {
        return !keywords.isEmpty();
    }

    public Set<String> values(Filter filter) {
        return Collections.unmodifiableSet(filters.getOrDefault(filter, Collections.emptySortedSet()));
    }

    public boolean isSelected(Filter filter, String value) {
        return values(filter).contains(value);
    }

    public boolean hasFilters() {
        return !filters.isEmpty();
    }

    public Sort sort() {
        return sort;
    }

    public int page() {
        return page;
    }

    /** Whether an offer passes every filter, leaving one out (null: none), as facet counts need. */
    public boolean matches(IndexedOffer offer, Filter except) {
        for (Map.Entry<Filter, SortedSet<String>> entry : filters.entrySet()) {
            if (entry.getKey() != except && !entry.getValue().contains(entry.getKey().valueOf(offer))) {
                return false;
            }
        }
        return true;
    }

    /** The filters in use, each with its chosen values. */
    public Map<Filter, SortedSet<String>> filters() {
        return Collections.unmodifiableMap(filters);
    }

    public OfferCriteria with(Filter filter, String value) {
        Map<Filter, SortedSet<String>> changed = copy();
        changed.computeIfAbsent(filter, f -> new TreeSet<>()).add(value);
        return new OfferCriteria(keywords, changed, sort, 1);
    }

    public OfferCriteria without(Filter filter, String value) {
        Map<Filter, SortedSet<String>> changed = copy();
        SortedSet<String> values = changed.get(filter);
        if (values != null) {
            values.remove(value);
            if (values.isEmpty()) {
                changed.remove(filter);
            }
        }
        return new OfferCriteria(keywords, changed, sort, 1);
    }

    public OfferCriteria withoutFilters() {
        return new OfferCriteria(keywords, new EnumMap<>(Filter.class), sort, 1);
    }

    public OfferCriteria withoutKeywords() {
        return new OfferCriteria("", filters, sort == Sort.RELEVANCE ? Sort.RECENT : sort, 1);
    }

    public OfferCriteria withSort(Sort newSort) {
        return new OfferCriteria(keywords, filters, Sort.of(newSort.parameter(), hasKeywords()), 1);
    }

    public OfferCriteria withPage(int newPage) {
        return new OfferCriteria(keywords, filters, sort, Math.min(Math.max(newPage, 1), MAX_PAGE));
    }

    private Map<Filter, SortedSet<String>> copy() {
        Map<Filter, SortedSet<String>> copy = new EnumMap<>(Filter.class);
        filters.forEach((f, v) -> copy.put(f, new TreeSet<>(v)));
        return copy;
    }

    /** The normalized query string (without "?"): defaults left out, filters and values in a fixed order. */
    public String queryString() {
        StringJoiner query = new StringJoiner("&");
        if (hasKeywords()) {
            query.add("q=" + encode(keywords));
        }
        filters.forEach((filter, values) -> values.forEach(v -> query.add(filter.parameter() + "=" + encode(v))));
        if (sort != Sort.of(null, hasKeywords())) {
            query.add("tri=" + sort.parameter());
        }
        if (page > 1) {
            query.add("page=" + page);
        }
        return query.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OfferCriteria that && page == that.page && keywords.equals(that.keywords)
                && filters.equals(that.filters) && sort == that.sort;
    }

    @Override
    public int hashCode() {
        return Objects.hash(keywords, filters, sort, page);
    }

    @Override
    public String toString() {
        return queryString();
    }
}

package fr.stages.web.opendata;

import fr.stages.search.entity.Filter;
import fr.stages.search.entity.OfferCriteria;
import fr.stages.search.entity.ResultCursor;
import fr.stages.search.entity.Sort;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A request for a list of offers, checked strictly: the search page leaves out what it cannot read (a candidate's
 * shared link still shows offers), but a program must learn at once that it wrote a parameter wrong, so any
 * unknown parameter, bad value, repeated single value or stale cursor is a 400 that names the parameter.
 */
record ApiRequest(OfferCriteria criteria, ResultCursor cursor, int limit) {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final String LIMIT = "limit";
    static final String CURSOR = "cursor";
    private static final Set<String> SINGLE = Set.of("q", "tri", LIMIT, CURSOR);
    private static final Set<String> KNOWN = known();

    private static Set<String> known() {
        Set<String> known = new HashSet<>(SINGLE);
        Arrays.stream(Filter.values()).map(Filter::parameter).forEach(known::add);
        return Set.copyOf(known);
    }

    /** The request the parameters make, or an ApiProblem naming the first one at fault. */
    static ApiRequest of(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : new java.util.TreeMap<>(parameters).entrySet()) {
            String name = parameter.getKey();
            if (!KNOWN.contains(name)) {
                throw ApiProblem.parameter(name, name.equals("page") ? "page" : "unknown");
            }
            if (SINGLE.contains(name) && parameter.getValue().length > 1) {
                throw ApiProblem.parameter(name, "repeated", name);
            }
        }
        for (Filter filter : Filter.values()) {
            for (String value : parameters.getOrDefault(filter.parameter(), new String[0])) {
                if (!OfferCriteria.accepts(filter, value)) {
                    throw ApiProblem.parameter(filter.parameter(), "value", filter.parameter(), value);
                }
            }
        }
        String keywords = single(parameters, "q");
        if (keywords != null && keywords.length() > OfferCriteria.MAX_KEYWORDS) {
            throw ApiProblem.parameter("q", "keywords", OfferCriteria.MAX_KEYWORDS);
        }
        String sort = single(parameters, "tri");
        if (sort != null && Arrays.stream(Sort.values()).noneMatch(s -> s.parameter().equals(sort))) {
            throw ApiProblem.parameter("tri", "sort", sort);
        }
        OfferCriteria criteria = OfferCriteria.of(parameters);
        if (sort != null && !criteria.sort().parameter().equals(sort)) {
            throw ApiProblem.parameter("tri", "relevance"); // relevance asked without keywords
        }
        return new ApiRequest(criteria, cursor(single(parameters, CURSOR), criteria), limit(single(parameters, LIMIT)));
    }

    private static String single(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }

    private static int limit(String raw) {
        if (raw == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw ApiProblem.parameter(LIMIT, "limit", MAX_LIMIT);
    }

    private static ResultCursor cursor(String raw, OfferCriteria criteria) {
        if (raw == null) {
            return null;
        }
        ResultCursor cursor;
        try {
            cursor = ResultCursor.decode(raw);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.parameter(CURSOR, "cursor");
        }
        if (cursor.sort() != criteria.sort()) {
            throw ApiProblem.parameter(CURSOR, "cursorSort");
        }
        return cursor;
    }

    /** The query string of the next slice: the same search, from the cursor on. */
    String next(ResultCursor next) {
        String query = criteria.queryString();
        String limitPart = limit == DEFAULT_LIMIT ? "" : "&limit=" + limit;
        return (query.isEmpty() ? "" : query + "&") + "cursor=" + next.encode() + limitPart;
    }
}

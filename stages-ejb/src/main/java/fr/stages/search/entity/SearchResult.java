package fr.stages.search.entity;

import java.util.List;
import java.util.Map;

/** One page of offers for a search, the total, and each filter's values with their counts. */
public record SearchResult(OfferCriteria criteria, List<IndexedOffer> offers, int total, int page, int pages,
                           Map<Filter, List<FacetValue>> facets) {

    public List<FacetValue> facet(Filter filter) {
        return facets.getOrDefault(filter, List.of());
    }

    /** The label of a chosen value (its name for reference data), or the value itself. */
    public String label(Filter filter, String value) {
        return facet(filter).stream().filter(f -> f.value().equals(value) && f.label() != null)
                .map(FacetValue::label).findFirst().orElse(value);
    }
}

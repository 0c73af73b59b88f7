package fr.stages.search.entity;

import java.util.List;
import java.util.Map;

/**
 * Offers for a search from a cursor on: at most the number asked, the total of the search, where the next slice
 * begins (null after the last offer), and each filter's values with their counts.
 */
public record OfferSlice(List<IndexedOffer> offers, int total, ResultCursor next,
                         Map<Filter, List<FacetValue>> facets) {
}

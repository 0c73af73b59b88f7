package fr.stages.search.entity;

/**
 * One value of a filter with the number of offers it would give, the other filters being kept. The label is the
 * reference data's name (direction, job family, place); the web tier names the other values.
 */
public record FacetValue(String value, String label, int count, boolean selected) {
}

package fr.stages.statistics.entity;

/**
 * Keywords that candidates searched and that found nothing or almost nothing: how many searches, and the fewest
 * offers they found (for the words alone, when counted). No one is named: the words, counted by day.
 */
public record SearchGap(String keywords, long searches, int results) {
}

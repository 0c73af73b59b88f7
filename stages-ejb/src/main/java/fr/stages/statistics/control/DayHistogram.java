package fr.stages.statistics.control;

import java.util.TreeMap;

/**
 * Whole days counted (as the database grouped them): percentiles by the nearest-rank rule, the value at rank
 * ⌈p × n⌉ in order — an actual number of days some candidate waited, never an interpolation.
 */
public final class DayHistogram {

    private final TreeMap<Integer, Integer> counts = new TreeMap<>();
    private int total;

    public void add(int days, int count) {
        counts.merge(days, count, Integer::sum);
        total += count;
    }

    public int total() {
        return total;
    }

    /** The p-th percentile (0 < p ≤ 100), or null without any value. */
    public Integer percentile(int p) {
        if (total == 0) {
            return null;
        }
        long rank = Math.max(1, ((long) p * total + 99) / 100); // ⌈p × n / 100⌉ in whole numbers
        long seen = 0;
        for (var entry : counts.entrySet()) {
            seen += entry.getValue();
            if (seen >= rank) {
                return entry.getKey();
            }
        }
        return counts.lastKey();
    }
}

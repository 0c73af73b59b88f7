package fr.stages.statistics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DayHistogramTest {

    @Test
    void percentilesAreNearestRanksAmongTheDaysCounted() {
        DayHistogram days = new DayHistogram();
        assertNull(days.percentile(50), "nothing counted: no median");
        // 2, 2, 3, 5, 20 (counted out of order, 2 twice)
        days.add(5, 1);
        days.add(2, 2);
        days.add(20, 1);
        days.add(3, 1);
        assertEquals(5, days.total());
        assertEquals(3, days.percentile(50), "rank ⌈2.5⌉ = 3");
        assertEquals(20, days.percentile(90), "rank ⌈4.5⌉ = 5");
        assertEquals(2, days.percentile(1), "rank 1");
        assertEquals(20, days.percentile(100));
    }

    @Test
    void ranksAreComputedInWholeNumbersNotFloatingPoint() {
        DayHistogram days = new DayHistogram();
        for (int d = 1; d <= 10; d++) {
            days.add(d, 1);
        }
        // 0.9 × 10 is 9.000000000000002 in floating point: a ceiling of it would give rank 10
        assertEquals(9, days.percentile(90));
        assertEquals(5, days.percentile(50));
        DayHistogram one = new DayHistogram();
        one.add(7, 1);
        assertEquals(7, one.percentile(50));
        assertEquals(7, one.percentile(90));
    }
}

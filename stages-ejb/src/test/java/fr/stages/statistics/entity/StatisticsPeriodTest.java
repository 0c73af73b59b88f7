package fr.stages.statistics.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.platform.BusinessException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatisticsPeriodTest {

    @Test
    void theSchoolYearRunsFromSeptemberToAugust() {
        assertEquals(new StatisticsPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31)),
                StatisticsPeriod.schoolYearOf(LocalDate.of(2026, 12, 6)));
        assertEquals(new StatisticsPeriod(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31)),
                StatisticsPeriod.schoolYearOf(LocalDate.of(2026, 8, 31)));
        assertEquals(LocalDate.of(2026, 9, 1), StatisticsPeriod.schoolYearOf(LocalDate.of(2026, 9, 1)).from());
        assertTrue(StatisticsPeriod.schoolYear(2023).isSchoolYear(), "2023-2024 has a 29 February");
        assertFalse(new StatisticsPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30)).isSchoolYear());
    }

    @Test
    void itIsComparedWithTheSameDaysAYearEarlier() {
        assertEquals(StatisticsPeriod.schoolYear(2022), StatisticsPeriod.schoolYear(2023).yearBefore());
        StatisticsPeriod march = new StatisticsPeriod(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
        assertEquals(new StatisticsPeriod(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31)), march.yearBefore());
    }

    @Test
    void aPeriodBackwardsEmptyOrTooLongIsRefusedWithItsReason() {
        assertEquals("statistics.period.order", assertThrows(BusinessException.class,
                () -> new StatisticsPeriod(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1))).key());
        assertEquals("statistics.period.missing", assertThrows(BusinessException.class,
                () -> new StatisticsPeriod(null, LocalDate.of(2024, 3, 1))).key());
        assertEquals("statistics.period.tooLong", assertThrows(BusinessException.class,
                () -> new StatisticsPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 1, 1))).key());
        new StatisticsPeriod(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1)); // one day is a period
    }
}

package fr.stages.offers.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.stages.platform.BusinessException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void aPeriodEndsTheDayBeforeTheWeekAfterItsLastWeek() {
        Period twoWeeks = new Period(LocalDate.of(2027, 6, 14), 2);
        assertEquals(LocalDate.of(2027, 6, 27), twoWeeks.end());
    }

    @Test
    void sixMonthsIs26WeeksAndTheMost() {
        assertEquals(6, new Period(LocalDate.of(2027, 1, 4), 26).roundedMonths());
        assertThrows(BusinessException.class, () -> new Period(LocalDate.of(2027, 1, 4), 27));
        assertThrows(BusinessException.class, () -> new Period(LocalDate.of(2027, 1, 4), 0));
        assertThrows(BusinessException.class, () -> new Period(null, 4));
    }

    @Test
    void periodsAreEqualByValue() {
        assertEquals(new Period(LocalDate.of(2027, 1, 4), 8), new Period(LocalDate.of(2027, 1, 4), 8));
        assertEquals(new Period(LocalDate.of(2027, 1, 4), 8).hashCode(),
                new Period(LocalDate.of(2027, 1, 4), 8).hashCode());
        assertNotEquals(new Period(LocalDate.of(2027, 1, 4), 8), new Period(LocalDate.of(2027, 1, 4), 9));
    }
}

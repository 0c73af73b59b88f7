package fr.stages.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void theFirstOfTheMonthIsWrittenTheFrenchWay() {
        assertEquals("1er mars 2027", Dates.longDate(LocalDate.of(2027, 3, 1), Locale.FRENCH));
        assertEquals("11 mars 2027", Dates.longDate(LocalDate.of(2027, 3, 11), Locale.FRENCH));
        assertEquals("21 août 2027", Dates.longDate(LocalDate.of(2027, 8, 21), Locale.FRENCH));
        assertEquals("lundi 1er février 2027 10:30",
                Dates.fullDateTime(LocalDateTime.of(2027, 2, 1, 10, 30), Locale.FRENCH));
    }

    @Test
    void englishIsLeftAsTheJdkWritesIt() {
        assertEquals("March 1, 2027", Dates.longDate(LocalDate.of(2027, 3, 1), Locale.ENGLISH));
        assertEquals("", Dates.longDate(null, Locale.FRENCH));
    }
}

package fr.stages.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.convert.ConverterException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateConverterTest {

    private final DateConverter converter = new DateConverter();

    @Test
    void aDateInputsValueAndATypedDateAreRead() {
        assertEquals(LocalDate.of(2027, 3, 1), converter.getAsObject(null, null, "2027-03-01"));
        assertEquals(LocalDate.of(2027, 3, 1), converter.getAsObject(null, null, " 01/03/2027 "));
        assertEquals(LocalDate.of(2028, 2, 29), converter.getAsObject(null, null, "29/02/2028"));
        assertNull(converter.getAsObject(null, null, "  "));
        assertEquals("2027-03-01", converter.getAsString(null, null, LocalDate.of(2027, 3, 1)));
    }

    @Test
    void aDateThatDoesNotExistIsRefusedNotMovedToAnother() {
        for (String wrong : new String[] {"2027-02-30", "30/02/2027", "31/04/2027", "29/02/2027", "2027-13-01",
            "1/3/2027", "mars 2027", "2027-3-1"}) {
            assertThrows(ConverterException.class, () -> converter.getAsObject(null, null, wrong), wrong);
        }
    }
}

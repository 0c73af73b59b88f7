package fr.stages.directions.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReferenceNameTest {

    @Test
    void anEnglishReaderGetsTheEnglishNameOrTheFrenchOneMarkedAsFrench() {
        assertEquals("Sport", ReferenceName.of("Sport", "Sport", Locale.ENGLISH));
        assertEquals("Green spaces", ReferenceName.of("Espaces verts", "Green spaces", Locale.ENGLISH));
        assertNull(ReferenceName.langOf("Green spaces", Locale.ENGLISH), "in the page's language: no mark");
        assertEquals("Espaces verts", ReferenceName.of("Espaces verts", null, Locale.ENGLISH));
        assertEquals("fr", ReferenceName.langOf(null, Locale.ENGLISH), "French on an English page: marked");
        assertEquals("fr", ReferenceName.langOf(" ", Locale.ENGLISH));
    }

    @Test
    void aFrenchReaderGetsTheFrenchNameUnmarked() {
        assertEquals("Espaces verts", ReferenceName.of("Espaces verts", "Green spaces", Locale.FRENCH));
        assertNull(ReferenceName.langOf("Green spaces", Locale.FRENCH));
        assertNull(ReferenceName.langOf(null, Locale.FRENCH));
    }
}

package fr.stages.directions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.MessageTemplate;
import fr.stages.directions.entity.TemplateKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The platform's own words, which every direction uses until it writes its own. */
class StandardTemplatesTest {

    @Test
    void everyKindHasDistinctlyNamedTemplatesWrittenInBothLanguages() {
        Direction direction = new Direction("DEVE", "Direction des espaces verts", null);
        for (TemplateKind kind : TemplateKind.values()) {
            List<MessageTemplate> templates = StandardTemplates.of(direction, kind);
            assertFalse(templates.isEmpty(), kind + ": a direction has words from the first day");
            assertEquals(templates.size(), templates.stream().map(MessageTemplate::getName).distinct().count(),
                    kind + ": agents choose them by name");
            for (MessageTemplate template : templates) {
                assertEquals(kind, template.getKind());
                assertEquals(direction, template.getDirection());
                assertNotEquals(template.getFrench(), template.getEnglish(), template.getName());
                assertTrue(template.getFrench().matches("(?s).*[àâçéèêëîïôùûü].*"), "French: " + template.getName());
                assertFalse(template.getEnglish().matches("(?s).*[àâçéèêëîïôùûü].*"), "English: " + template.getName());
                assertTrue(template.getId() == null, "new, unsaved: a copy for the direction");
            }
        }
    }
}

package fr.stages.directions.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.stages.platform.BusinessException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A direction's words for rejections and invitations: each part required, within its column, kept whole or not at all. */
class MessageTemplateTest {

    private final Direction direction = new Direction("DEVE", "Direction des espaces verts", null);

    @Test
    void aTemplateIsNamedOnOneLineAndEachCandidateReadsTheTextOfTheirLanguage() {
        MessageTemplate template = new MessageTemplate(direction, TemplateKind.REJECTION, "  Stage\n  pourvu ",
                "  Le stage est pourvu.\n", "The internship is filled. ");
        assertEquals("Stage pourvu", template.getName(), "spaces and line breaks folded");
        assertEquals("Le stage est pourvu.", template.textFor("fr"));
        assertEquals("The internship is filled.", template.textFor("en"));
        assertEquals("Le stage est pourvu.", template.textFor("de"), "French unless English");
        assertEquals("Le stage est pourvu.", template.textFor(null));
    }

    @Test
    void aPartMissingOrTooLongIsRefusedAndTheWordsStayAsTheyWere() {
        MessageTemplate template = new MessageTemplate(direction, TemplateKind.INVITATION, "Sur place",
                "Présentez-vous à l'accueil.", "Come to the reception desk.");
        String tooLong = "x".repeat(MessageTemplate.TEXT_LENGTH + 1);
        Map<String, String[]> refused = Map.of(
                "template.name.invalid", new String[] {" \n ", "Texte", "Text"},
                "template.french.invalid", new String[] {"Nom", tooLong, "Text"},
                "template.english.invalid", new String[] {"Nom", "Texte", null});
        refused.forEach((key, words) -> {
            BusinessException e = assertThrows(BusinessException.class,
                    () -> template.word(words[0], words[1], words[2]));
            assertEquals(key, e.key());
            assertEquals("Sur place", template.getName(), key + ": nothing changed");
            assertEquals("Présentez-vous à l'accueil.", template.getFrench(), key + ": nothing changed");
            assertEquals("Come to the reception desk.", template.getEnglish(), key + ": nothing changed");
        });
        assertThrows(BusinessException.class, () -> template.word("n".repeat(MessageTemplate.NAME_LENGTH + 1),
                "Texte", "Text"), "a name over its column");
        template.word("n".repeat(MessageTemplate.NAME_LENGTH), "t".repeat(MessageTemplate.TEXT_LENGTH), "Text");
        assertEquals(MessageTemplate.TEXT_LENGTH, template.getFrench().length(), "at the limit: kept");
    }
}

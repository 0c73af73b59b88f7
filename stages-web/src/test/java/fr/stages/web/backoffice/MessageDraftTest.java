package fr.stages.web.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.MessageTemplate;
import fr.stages.directions.entity.TemplateKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an agent composes: a template's words to start from, edited freely, the reason named by the template. */
class MessageDraftTest {

    private final Direction direction = new Direction("DEVE", "Direction des espaces verts", null);
    private final List<MessageTemplate> templates = List.of(
            new MessageTemplate(direction, TemplateKind.REJECTION, "Profil", "Profil différent.", "Other profile."),
            new MessageTemplate(direction, TemplateKind.REJECTION, "Stage pourvu", "Le stage est pourvu.",
                    "The internship is filled."));

    @Test
    void aDraftStartsFromTheFirstTemplateAndTakesTheWordsOfTheOneChosen() {
        MessageDraft draft = MessageDraft.fromTemplates(templates);
        assertEquals("Profil différent.", draft.getFrench());
        assertEquals("Other profile.", draft.getEnglish());
        assertEquals("Profil", draft.reason());
        draft.setFrench("Mes propres mots.");
        draft.setTemplate("1"); // the menu's choice, then its listener
        draft.chosen();
        assertEquals("Le stage est pourvu.", draft.getFrench(), "the chosen template's words replace the edited ones");
        assertEquals("Stage pourvu", draft.reason());
        draft.setFrench("Modifié après le choix.");
        assertEquals("Stage pourvu", draft.reason(), "editing the words keeps the reason");
        assertEquals("Modifié après le choix.", draft.getFrench());
    }

    @Test
    void oneCandidateReadsTheTextOfTheirLanguage() {
        assertEquals("The internship is filled.", start(MessageDraft.fromTemplates(templates, "en"), 1).getText());
        assertEquals("Le stage est pourvu.", start(MessageDraft.fromTemplates(templates, "fr"), 1).getText());
    }

    private static MessageDraft start(MessageDraft draft, int index) {
        draft.setTemplate(String.valueOf(index)); // as the page's menu sends it
        draft.chosen();
        return draft;
    }

    @Test
    void aForgedChoiceFallsBackToTheFirstTemplate() {
        MessageDraft draft = MessageDraft.fromTemplates(templates);
        for (String forged : new String[] {"7", "-1", "abc", null}) {
            draft.setTemplate(forged);
            draft.chosen();
            assertEquals("Profil", draft.reason(), String.valueOf(forged));
        }
    }

    @Test
    void aFreeMessageIsClearedOnceSent() {
        MessageDraft draft = MessageDraft.free();
        draft.setSubject("Votre dossier");
        draft.setText("Merci de nous envoyer votre convention.");
        draft.clear();
        assertNull(draft.getSubject());
        assertNull(draft.getText());
    }
}

package fr.stages.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.notifications.entity.MailKind;
import fr.stages.offers.entity.EducationLevel;
import fr.stages.offers.entity.OfferStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** French first, English second: every text exists in both, and every pattern formats. */
class MessagesBundleTest {

    private final Properties french = load("messages.properties");
    private final Properties english = load("messages_en.properties");

    @Test
    void everyKeyExistsInBothLanguages() {
        Set<String> missingInEnglish = new TreeSet<>(french.stringPropertyNames());
        missingInEnglish.removeAll(english.stringPropertyNames());
        Set<String> missingInFrench = new TreeSet<>(english.stringPropertyNames());
        missingInFrench.removeAll(french.stringPropertyNames());
        assertEquals(Set.of(), missingInEnglish, "keys missing in messages_en.properties");
        assertEquals(Set.of(), missingInFrench, "keys missing in messages.properties");
    }

    /**
     * A text read as it is (no placeholder, not an error) shows its apostrophes as written; a formatted one
     * (placeholders, or any error) needs them doubled, else MessageFormat drops them. Mixing the two shows
     * « d''abord » or « dabord » to the user.
     */
    @Test
    void apostrophesAreWrittenAsTheTextIsRead() {
        for (Properties bundle : new Properties[] {french, english}) {
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key);
                // business errors go through Texts.error (always formatted); the error pages' texts and a
                // converter message are shown as they are
                boolean rawError = key.matches("error\\.(400|403|404|500|expired)\\..*|error\\.backHome|error\\.application\\.date");
                boolean formatted = (key.startsWith("error.") && !rawError) || value.matches("(?s).*\\{\\d.*");
                if (formatted) {
                    assertFalse(value.replace("''", "").contains("'"), key + ": single apostrophe in a formatted text");
                } else {
                    assertFalse(value.contains("''"), key + ": doubled apostrophe in a text shown as it is");
                }
            }
        }
    }

    @Test
    void noTextIsEmptyAndEveryPatternFormats() {
        for (Properties bundle : new Properties[] {french, english}) {
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key);
                assertFalse(value.isBlank(), key);
                new MessageFormat(value, Locale.FRENCH).format(new Object[] {2, "x", "y"});
            }
        }
    }

    @Test
    void everyEnumValueShownToUsersHasALabel() {
        for (EducationLevel level : EducationLevel.values()) {
            assertTrue(french.containsKey("educationLevel." + level.name()), level.name());
        }
        for (MailKind kind : MailKind.values()) {
            assertTrue(french.containsKey("mailKind." + kind.name()), kind.name());
        }
        for (fr.stages.applications.entity.ApplicationStatus status
                : fr.stages.applications.entity.ApplicationStatus.values()) {
            assertTrue(french.containsKey("applicationStatus." + status.name()), status.name());
        }
        for (OfferStatus status : OfferStatus.values()) {
            assertTrue(french.containsKey("offerStatus." + status.name()), status.name());
        }
        for (fr.stages.offers.entity.OfferAction action : fr.stages.offers.entity.OfferAction.values()) {
            assertTrue(french.containsKey("offerAction." + action.name()), action.name());
        }
    }

    @Test
    void frenchIsChosenForFrenchEvenOnAServerWhoseDefaultLocaleIsEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            ResourceBundle.clearCache();
            assertEquals(french.getProperty("home.title"),
                    ResourceBundle.getBundle(Texts.BUNDLE, Locale.FRENCH).getString("home.title"));
            assertEquals(english.getProperty("home.title"),
                    ResourceBundle.getBundle(Texts.BUNDLE, Locale.ENGLISH).getString("home.title"));
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }

    @Test
    void pluralsReadNaturally() {
        assertEquals("Aucune offre ne correspond", format(french, "search.count", 0));
        assertEquals("1 offre correspond", format(french, "search.count", 1));
        assertEquals("1 234 offres correspondent", format(french, "search.count", 1234).replace('\u202f', ' ')
                .replace('\u00a0', ' '));
        assertEquals("(aucune offre)", format(french, "search.count.option", 0));
        assertEquals("1 semaine", format(french, "duration.weeks", 1));
        assertEquals("2 weeks", format(english, "duration.weeks", 2));
    }

    private static String format(Properties bundle, String key, Object... arguments) {
        return new MessageFormat(bundle.getProperty(key), Locale.FRENCH).format(arguments);
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/fr/stages/web/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}

package fr.stages.directions.entity;

import java.util.Locale;

/**
 * The name of a piece of reference data (a job family, a place) for a reader: the platform speaks French first,
 * English second; a name known only in French is shown in French to everyone rather than not at all.
 */
public final class ReferenceName {

    private ReferenceName() {
    }

    public static String of(String french, String english, Locale locale) {
        return english != null && !english.isBlank() && "en".equals(locale.getLanguage()) ? english : french;
    }

    /**
     * The language of that name for that reader when it is not theirs ("fr": a French name on an English page,
     * which the page marks so that a screen reader reads it with a French voice), or null.
     */
    public static String langOf(String english, Locale locale) {
        return "fr".equals(locale.getLanguage()) || english != null && !english.isBlank() ? null : "fr";
    }
}

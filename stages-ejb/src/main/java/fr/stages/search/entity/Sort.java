package fr.stages.search.entity;

import java.util.Locale;

/** Orders of the result list; relevance only means something with keywords. */
public enum Sort {
    RELEVANCE("pertinence"), RECENT("recent"), START("debut"), TITLE("titre");

    /** What a form sends for "the usual order": relevance with keywords, newest first without. */
    public static final String USUAL = "usuel";

    private final String parameter;

    Sort(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** The sort a query string asks for; nothing, "usuel" or an unknown word gives the usual order. */
    public static Sort of(String parameter, boolean keywords) {
        for (Sort sort : values()) {
            if (sort.parameter.equals(parameter == null ? null : parameter.strip().toLowerCase(Locale.ROOT))) {
                return sort == RELEVANCE && !keywords ? RECENT : sort;
            }
        }
        return keywords ? RELEVANCE : RECENT;
    }
}

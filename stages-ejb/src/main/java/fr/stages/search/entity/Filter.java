package fr.stages.search.entity;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;

/**
 * A dimension candidates filter on, with its query-string name and the value an offer has in it. Several
 * values of one filter widen the search (or); different filters narrow it (and).
 */
public enum Filter {
    DIRECTION("direction", IndexedOffer::directionCode),
    JOB_FAMILY("metier", o -> Long.toString(o.jobFamilyId())),
    PLACE("lieu", IndexedOffer::placeCode),
    START("debut", o -> YearMonth.from(o.start()).toString()),
    DURATION("duree", o -> o.weeks() <= 8 ? "court" : o.weeks() <= 17 ? "moyen" : "long"),
    PAID("gratification", o -> o.paid() ? "oui" : "non"),
    HOURS("horaires", o -> o.weeklyHours() >= 35 ? "plein" : o.weeklyHours() >= 28 ? "reduit" : "partiel"),
    LEVEL("niveau", o -> o.educationLevel().name()),
    REMOTE("teletravail", o -> o.remotePossible() ? "oui" : "non");

    /** The fixed values of the filters whose values do not come from reference data, in display order. */
    public static final List<String> DURATIONS = List.of("court", "moyen", "long");
    public static final List<String> HOURS_RANGES = List.of("plein", "reduit", "partiel");
    public static final List<String> YES_NO = List.of("oui", "non");

    private final String parameter;
    private final Function<IndexedOffer, String> value;

    Filter(String parameter, Function<IndexedOffer, String> value) {
        this.parameter = parameter;
        this.value = value;
    }

    /** The name in the query string: French words, as candidates share these URLs. */
    public String parameter() {
        return parameter;
    }

    public String valueOf(IndexedOffer offer) {
        return value.apply(offer);
    }
}

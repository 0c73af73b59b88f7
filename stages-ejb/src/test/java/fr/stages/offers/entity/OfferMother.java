package fr.stages.offers.entity;

import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.JobFamily;
import fr.stages.directions.entity.Place;
import fr.stages.testing.Ids;
import java.time.LocalDate;

/** Small offers for tests, valid unless a test says otherwise. */
public final class OfferMother {

    public static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    private OfferMother() {
    }

    public static Direction direction(String code, long id) {
        return Ids.withId(new Direction(code, "Direction " + code, "Présentation de " + code), id);
    }

    /** A draft of eight weeks full time (280 h, below the gratification threshold), deadline in two weeks. */
    public static Offer draft() {
        return draft(direction("DAC", 1), 8, 35, false);
    }

    public static Offer draft(Direction direction, int weeks, int weeklyHours, boolean paid) {
        return new Offer(direction, null, new JobFamily("Communication"),
                new Place("75104", "4e arrondissement", "4th arrondissement", "75004", null, null), null)
                .describe("Stage – chargé·e de communication", "Rédiger des articles.", "Licence.")
                .schedule(new Period(TODAY.plusWeeks(6), weeks), weeklyHours, TODAY.plusWeeks(2))
                .conditions(paid, EducationLevel.BAC_3, false, 1, null, null);
    }
}

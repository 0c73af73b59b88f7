package fr.stages.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.offers.entity.EducationLevel;
import fr.stages.offers.entity.Offer;
import fr.stages.offers.entity.Period;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo catalogue must read like real offers and obey the rules a real offer obeys. */
class DemoOfferTest {

    private final List<DemoOffer> catalogue = DemoOffer.read(getClass().getResourceAsStream("/demo/offers.txt"));

    @Test
    void theCatalogueGivesMoreThan150OffersOnceDeclinedAndMoreThan100Online() {
        assertEquals(42, catalogue.size());
        assertEquals(168, catalogue.size() * DemoData.SESSIONS_PER_OFFER);
        // as the city has them: 100+ offers online at any time (published ones have their deadline ahead)
        long online = 0;
        for (int offer = 0; offer < catalogue.size(); offer++) {
            for (int session = 0; session < DemoData.SESSIONS_PER_OFFER; session++) {
                online += DemoData.state(offer, session) == DemoData.State.PUBLISHED ? 1 : 0;
            }
        }
        assertTrue(online > 100 && online < 168, "offers online: " + online);
    }

    @Test
    void everyOfferIsCompleteAndLegal() {
        for (DemoOffer offer : catalogue) {
            assertFalse(offer.title().isBlank(), offer.toString());
            assertTrue(offer.missions().lines().count() >= 2, "missions of " + offer.title());
            assertTrue(offer.profile().length() > 40, "profile of " + offer.title());
            assertTrue(offer.weeks() >= 1 && offer.weeks() <= Period.MAX_WEEKS, offer.title());
            assertTrue(offer.weeklyHours() <= Offer.MAX_WEEKLY_HOURS, offer.title());
            if (offer.weeks() * offer.weeklyHours() > Offer.UNPAID_MAX_HOURS) {
                assertTrue(offer.paid(), "gratification due for " + offer.title());
            }
        }
    }

    @Test
    void everyReferenceExistsInTheReferenceData() {
        Set<String> directions = column("directions.csv", 0);
        Set<String> places = column("places.csv", 0);
        Set<String> families = column("job_families.txt", 0);
        assertEquals(26, directions.size());
        assertEquals(20, places.size());
        for (DemoOffer offer : catalogue) {
            assertTrue(directions.contains(offer.directionCode()), offer.directionCode());
            assertTrue(places.contains(offer.placeCode()), offer.placeCode());
            assertTrue(families.contains(offer.jobFamily()), offer.jobFamily());
        }
    }

    @Test
    void theCatalogueSpansTheEducationLevels() {
        Set<EducationLevel> levels = catalogue.stream().map(DemoOffer::level).collect(Collectors.toSet());
        assertTrue(levels.containsAll(EnumSet.of(EducationLevel.COLLEGE_3E, EducationLevel.LYCEE_2NDE,
                EducationLevel.CAP_BEP, EducationLevel.BAC_2, EducationLevel.BAC_3, EducationLevel.BAC_5)), levels.toString());
    }

    private Set<String> column(String resource, int index) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/demo/" + resource), StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split(";")[index]).collect(Collectors.toSet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

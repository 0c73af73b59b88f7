package fr.stages.statistics.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.stages.statistics.entity.Breakdown.Signal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreakdownTest {

    @Test
    void familiesFarAboveTheAverageDemandOrWithoutCandidatesAreMarked() {
        Breakdown gardens = new Breakdown("1", "Jardins", 2, 4, 40, 8);      // 48 asking for 4 places: 12 a place
        Breakdown schools = new Breakdown("2", "Écoles", 3, 10, 30, 0);      // 3 a place
        Breakdown archives = new Breakdown("3", "Archives", 1, 2, 0, 0);     // nobody
        Breakdown law = new Breakdown("4", "Droit", 0, 0, 0, 6);             // asked, never offered
        Breakdown few = new Breakdown("5", "Rare", 0, 0, 0, 4);              // four people say nothing
        List<Breakdown> all = List.of(gardens, schools, archives, law, few);
        double average = Breakdown.averageDemandPerPlace(all);
        assertEquals(88 / 16.0, average, 1e-9, "(48 + 30 + 0 + 6 + 4) asking for 16 places");
        assertEquals(Signal.DEMAND_FAR_ABOVE_SUPPLY, gardens.signal(average), "12 a place, twice 5.5 is 11");
        assertEquals(Signal.NONE, schools.signal(average));
        assertEquals(Signal.NO_CANDIDATE, archives.signal(average));
        assertEquals(Signal.DEMAND_FAR_ABOVE_SUPPLY, law.signal(average), "asked with no place at all");
        assertEquals(Signal.NONE, few.signal(average), "fewer than five people asking");
        assertEquals(2.5, new Breakdown("6", "x", 1, 2, 5, 0).applicationsPerPlace());
        assertEquals(0.0, Breakdown.averageDemandPerPlace(List.of(law)), "no places: no average");
    }
}

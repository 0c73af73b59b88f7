package fr.stages.statistics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AudienceCountsTest {

    @Test
    void countsUntilTakenThenStartsAgain() {
        AudienceCounts counts = new AudienceCounts();
        counts.searchViewed();
        counts.searchViewed();
        counts.offerViewed(7);
        counts.offerViewed(7);
        counts.offerViewed(8);
        counts.searched("  Jardinier   PAYSAGISTE ", Set.of(3L));
        counts.searched("jardinier paysagiste", Set.of(3L, 4L));
        counts.searched(null, Set.of());

        AudienceCounts.Taken taken = counts.take();
        assertEquals(2, taken.searchViews());
        assertEquals(Map.of(7L, 2L, 8L, 1L), taken.offerViews());
        assertEquals(Map.of("jardinier paysagiste", 2L), taken.keywords());
        assertEquals(Map.of(3L, 2L, 4L, 1L), taken.jobFamilies());
        assertTrue(counts.take().isEmpty(), "taken once");
    }

    @Test
    void countsGivenBackAreAddedToThoseCountedSince() {
        AudienceCounts counts = new AudienceCounts();
        counts.offerViewed(7);
        counts.searched("jardin", Set.of(3L));
        AudienceCounts.Taken failed = counts.take(); // the database could not take them
        counts.offerViewed(7);
        counts.searchViewed();
        counts.giveBack(failed);
        AudienceCounts.Taken taken = counts.take();
        assertEquals(Map.of(7L, 2L), taken.offerViews());
        assertEquals(1, taken.searchViews());
        assertEquals(Map.of("jardin", 1L), taken.keywords());
        assertEquals(Map.of(3L, 1L), taken.jobFamilies());
    }

    @Test
    void neverKeepsWhatCouldNameSomeone() {
        assertNull(AudienceCounts.keywords("jean.dupont@example.fr"));
        assertNull(AudienceCounts.keywords("stage 06 12 34 56 78"));
        assertNull(AudienceCounts.keywords("0612345678"));
        assertNull(AudienceCounts.keywords("https://exemple.fr/cv"));
        assertNull(AudienceCounts.keywords("www.exemple.fr"));
        assertNull(AudienceCounts.keywords("+33 6 12 34 56 78"));
        assertNull(AudienceCounts.keywords("1 85 05 78 006 084 36"));
        assertNull(AudienceCounts.keywords("   "));
        assertNull(AudienceCounts.keywords("x".repeat(AudienceCounts.MAX_KEYWORDS + 1)));
        // a postal code or a year is a search, not a person
        assertEquals("stage 75013 2027", AudienceCounts.keywords("Stage 75013 2027"));
        assertEquals("éducatrice", AudienceCounts.keywords("ÉDUCATRICE"));
    }

    @Test
    void aRobotInventingKeywordsCannotFillTheMemory() {
        AudienceCounts counts = new AudienceCounts();
        for (int i = 0; i < AudienceCounts.MAX_KEYS + 500; i++) {
            counts.searched("mot" + i, Set.of());
        }
        counts.searched("mot1", Set.of()); // already counted: still counted
        AudienceCounts.Taken taken = counts.take();
        assertEquals(AudienceCounts.MAX_KEYS, taken.keywords().size());
        assertEquals(2L, taken.keywords().get("mot1"));
    }

    @Test
    void viewsCountedFromManyThreadsAreAllThere() throws InterruptedException {
        AudienceCounts counts = new AudienceCounts();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            pool.execute(() -> {
                for (int i = 0; i < 10_000; i++) {
                    counts.offerViewed(i % 10);
                    counts.searchViewed();
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        AudienceCounts.Taken taken = counts.take();
        assertEquals(80_000, taken.searchViews());
        assertEquals(80_000, taken.offerViews().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(8_000L, taken.offerViews().get(3L));
    }
}

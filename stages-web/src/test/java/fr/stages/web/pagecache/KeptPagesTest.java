package fr.stages.web.pagecache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptPagesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path directory;

    private static KeptPages.Page described(long version, byte[] gzipped) {
        return new KeptPages.Page(200, "text/html;charset=UTF-8", 1000, gzipped.length, "\"e\"", version, DAY,
                null);
    }

    private static void keep(KeptPages kept, String key, long version, byte[] gzipped) {
        kept.keep(key, described(version, gzipped), gzipped);
    }

    private static byte[] body(int size, int fill) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) fill);
        return bytes;
    }

    private long files() throws IOException {
        try (Stream<Path> list = Files.list(directory)) {
            return list.count();
        }
    }

    @Test
    void aKeptPageIsFoundWithItsBodyOnlyForTheSameVersionAndDay() throws IOException {
        KeptPages kept = new KeptPages(directory, 10_000, 0);
        keep(kept, "/|fr", 7, body(300, 1));

        KeptPages.Found found = kept.find("/|fr", 7, DAY);
        assertNotNull(found);
        assertArrayEquals(body(300, 1), found.gzipped());
        assertEquals(300, found.page().gzippedLength());
        assertEquals(1000, found.page().length());
        assertTrue(Files.exists(found.page().file()), "the body is in a file of the directory");
        assertEquals(1, files());

        assertNull(kept.find("/|fr", 8, DAY), "rendered from an older version of the offers");
        assertNull(kept.find("/|fr", 7, DAY.plusDays(1)), "rendered the day before");
        assertNull(kept.find("/|en", 7, DAY));
    }

    @Test
    void theLeastRecentlyUsedGoWhenTheBudgetIsExceededAndTheirFilesWithThem() throws IOException {
        KeptPages kept = new KeptPages(directory, 1_000, 0); // each page below weighs 300 + 200
        keep(kept, "a", 1, body(300, 1));
        keep(kept, "b", 1, body(300, 2));
        assertNotNull(kept.find("a", 1, DAY)); // a is now more recent than b
        keep(kept, "c", 1, body(300, 3));

        assertNull(kept.find("b", 1, DAY));
        assertNotNull(kept.find("a", 1, DAY));
        assertNotNull(kept.find("c", 1, DAY));
        assertEquals(2, kept.count());
        assertEquals(1_000, kept.bytes());
        assertEquals(2, files(), "the evicted page's file is deleted");
    }

    @Test
    void aNewRenderingReplacesThePreviousOneAndItsFile() throws IOException {
        KeptPages kept = new KeptPages(directory, 10_000, 0);
        keep(kept, "/|fr", 1, body(100, 1));
        Path first = kept.find("/|fr", 1, DAY).page().file();
        keep(kept, "/|fr", 2, body(120, 2));

        assertFalse(Files.exists(first));
        assertEquals(1, files());
        assertEquals(1, kept.count());
        assertEquals(320, kept.bytes());
        assertArrayEquals(body(120, 2), kept.find("/|fr", 2, DAY).gzipped());
    }

    @Test
    void aFileGoneMeanwhileIsAMissNotAnError() throws IOException {
        KeptPages kept = new KeptPages(directory, 10_000, 0);
        keep(kept, "/|fr", 1, body(100, 1));
        Files.delete(kept.find("/|fr", 1, DAY).page().file());

        assertNull(kept.find("/|fr", 1, DAY));
    }

    @Test
    void whatAPreviousRunLeftIsDeletedAtStartAndEverythingWhenTheApplicationStops() throws IOException {
        Files.write(directory.resolve("1.gz"), body(10, 9));
        KeptPages kept = new KeptPages(directory, 10_000, 0);
        assertEquals(0, files(), "pages of a previous run may show offers as they were");

        keep(kept, "/|fr", 1, body(100, 1));
        assertNotNull(kept.find("/|fr", 1, DAY), "the new page does not take the old file's name");
        keep(kept, "/|en", 1, body(100, 2));
        kept.clear();
        assertEquals(0, files());
        assertEquals(0, kept.count());
        assertNull(kept.find("/|fr", 1, DAY));
    }

    @Test
    void aBudgetOfZeroKeepsNothing() throws IOException {
        Path none = directory.resolve("none");
        KeptPages kept = new KeptPages(none, 0, 0);
        keep(kept, "/|fr", 1, body(100, 1));

        assertNull(kept.find("/|fr", 1, DAY));
        assertFalse(Files.exists(none));
    }

    @Test
    void aPageThatCannotBeWrittenIsNotKeptAndTheOthersStay() throws IOException {
        KeptPages kept = new KeptPages(directory, 10_000, 0);
        keep(kept, "a", 1, body(100, 1));
        // the directory disappears (a full or failing disk is the same to the store: the write fails)
        Files.delete(kept.find("a", 1, DAY).page().file());
        Files.delete(directory);
        keep(kept, "b", 1, body(100, 2));

        assertNull(kept.find("b", 1, DAY));
        assertEquals(1, kept.count(), "only a, whose file is gone too, is listed");
    }

    @Test
    void thePagesReadLastAreAlsoHeldInMemoryWithinTheirOwnBound() throws IOException {
        KeptPages kept = new KeptPages(directory, 10_000, 500);
        keep(kept, "a", 1, body(300, 1));
        keep(kept, "b", 1, body(300, 2));
        assertEquals(0, kept.bytesInMemory(), "kept, not read yet");

        Path a = kept.find("a", 1, DAY).page().file();
        assertEquals(300, kept.bytesInMemory());
        Files.delete(a);
        assertArrayEquals(body(300, 1), kept.find("a", 1, DAY).gzipped(), "read again from memory, not the file");
        assertNull(kept.find("a", 2, DAY), "held in memory, still only for its version");

        kept.find("b", 1, DAY); // a leaves memory: 600 bytes would exceed 500
        assertEquals(300, kept.bytesInMemory());
        assertNull(kept.find("a", 1, DAY), "out of memory and its file gone: a miss");
    }

    @Test
    void aPageReplacedOrEvictedLeavesMemoryAtOnce() {
        KeptPages kept = new KeptPages(directory, 1_000, 1_000);
        keep(kept, "a", 1, body(300, 1));
        kept.find("a", 1, DAY);
        keep(kept, "a", 2, body(300, 2));
        assertEquals(0, kept.bytesInMemory());
        assertArrayEquals(body(300, 2), kept.find("a", 2, DAY).gzipped(), "the new rendering, not the one held");

        keep(kept, "b", 2, body(300, 3));
        keep(kept, "c", 2, body(300, 4)); // a, the least recently used, goes
        assertNull(kept.find("a", 2, DAY));
        assertEquals(0, kept.bytesInMemory());
    }
}

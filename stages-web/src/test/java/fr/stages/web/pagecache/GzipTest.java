package fr.stages.web.pagecache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class GzipTest {

    /** What a browser gets back: GZIPInputStream checks the header, the CRC-32 and the length in the trailer. */
    private static byte[] gunzip(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** HTML-like text of exactly size bytes, different for each seed. */
    private static byte[] page(int size, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(size + 100);
        while (text.length() < size) {
            text.append("<li><a href=\"/offers/offer.xhtml?id=").append(random.nextInt(1_000_000))
                    .append("\">Stage en urbanisme ").append(random.nextInt(99)).append("</a></li>\n");
        }
        return text.substring(0, size).getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void whatItCompressesComesBackWholeAtEverySize() {
        try (Gzip gzip = new Gzip(4)) {
            // empty, one byte, around the 32 KB chunk, several chunks
            for (int size : new int[] {0, 1, 32 * 1024 - 1, 32 * 1024, 32 * 1024 + 1, 150_000}) {
                byte[] body = page(size, size);
                assertArrayEquals(body, gunzip(gzip.compress(body)), "taille " + size);
            }
        }
    }

    @Test
    void htmlShrinksAndBytesThatDoNotCompressStillComeBack() {
        try (Gzip gzip = new Gzip(4)) {
            byte[] html = page(100_000, 1);
            assertTrue(gzip.compress(html).length < html.length / 3);

            byte[] random = new byte[200_000];
            new Random(7).nextBytes(random);
            assertArrayEquals(random, gunzip(gzip.compress(random)));
        }
    }

    @Test
    void aDeflaterUsedAgainStartsFromNothing() {
        try (Gzip gzip = new Gzip(1)) {
            byte[] first = page(50_000, 1);
            byte[] second = page(20_000, 2);
            byte[] firstAlone = gzip.compress(first);
            gzip.compress(second);
            assertEquals(1, gzip.idle());
            // same bytes in, same bytes out: the ETag of a page is a hash of its gzip form
            assertArrayEquals(firstAlone, gzip.compress(first));
            assertArrayEquals(second, gunzip(gzip.compress(second)));
        }
    }

    @Test
    void pagesCompressedAtOnceByManyThreadsDoNotMix() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try (Gzip gzip = new Gzip(3)) {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                byte[] body = page(5_000 + i * 397, i);
                results.add(threads.submit(() -> Arrays.equals(body, gunzip(gzip.compress(body)))));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
            assertTrue(gzip.idle() <= 3, "au plus la capacité en attente : " + gzip.idle());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void afterCloseNoDeflaterWaitsAndPagesAreStillCompressed() {
        Gzip gzip = new Gzip(4);
        byte[] body = page(10_000, 3);
        gzip.compress(body);
        assertEquals(1, gzip.idle());
        gzip.close();
        assertEquals(0, gzip.idle());
        // a request still being served while the application stops gets its page
        assertArrayEquals(body, gunzip(gzip.compress(body)));
        assertEquals(0, gzip.idle());
    }
}

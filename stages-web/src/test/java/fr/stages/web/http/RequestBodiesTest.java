package fr.stages.web.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestBodiesTest {

    @Test
    void aFormIsDecodedAsBrowsersEncodeItQueryStringFirst() {
        Map<String, String[]> fields = new LinkedHashMap<>();
        RequestBodies.decode("lang=fr&x=1", fields);
        RequestBodies.decode("login%3Ausername=L%C3%A9a+Martin&x=2&vide=&seul", fields);
        assertArrayEquals(new String[] {"fr"}, fields.get("lang"));
        assertArrayEquals(new String[] {"Léa Martin"}, fields.get("login:username"));
        assertArrayEquals(new String[] {"1", "2"}, fields.get("x"));
        assertArrayEquals(new String[] {""}, fields.get("vide"));
        assertArrayEquals(new String[] {""}, fields.get("seul"));
    }

    @Test
    void aMalformedFormOrOneWithThousandsOfFieldsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RequestBodies.decode("a=%zz", new LinkedHashMap<>()));
        assertThrows(IllegalArgumentException.class, () -> RequestBodies.decode("a=%C", new LinkedHashMap<>()));
        assertThrows(IllegalArgumentException.class,
                () -> RequestBodies.decode("a=1&".repeat(RequestBodies.MAX_PARAMETERS + 1), new LinkedHashMap<>()));
        Map<String, String[]> fields = new LinkedHashMap<>();
        RequestBodies.decode("a=1&".repeat(RequestBodies.MAX_PARAMETERS), fields);
        assertEquals(RequestBodies.MAX_PARAMETERS, fields.get("a").length);
    }

    @Test
    void aBodyThatKeepsUpIsReadWhole() throws IOException {
        // 1 KB every 100 ms (10 KB/s) for 40 s: above the pace of 8 KB/s, from the start
        long[] now = {0};
        byte[] body = new byte[400 * 1024];
        RequestBodies.Clocked clocked = new RequestBodies.Clocked(network(body, 1024, 100, now), () -> now[0], 5);
        assertArrayEquals(body, clocked.readAll(RequestBodies.FORM_MAX_BYTES));
        // a fast body is read at once
        byte[] form = "x=1".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(form, new RequestBodies.Clocked(stream(form), System::nanoTime, 30)
                .readAll(RequestBodies.FORM_MAX_BYTES));
    }

    @Test
    void aBodyBehindItsPaceIsCutOnceItsGraceIsOverAndOneOverTheLimitIsNotKept() throws IOException {
        // 1 KB every 2 s, as the slow clients of issue 21: cut just after the 5 s of grace, not at the end
        long[] now = {0};
        RequestBodies.Clocked slow = new RequestBodies.Clocked(network(new byte[1024 * 1024], 1024, 2000, now),
                () -> now[0], 5);
        RequestBodies.TooSlowException cut = assertThrows(RequestBodies.TooSlowException.class,
                () -> slow.readAll(RequestBodies.FORM_MAX_BYTES));
        assertTrue(cut.getMessage().contains("octets reçus"), cut.getMessage());
        assertTrue(now[0] <= 8_000_000_000L, "cut after " + now[0] / 1_000_000 + " ms");
        RequestBodies.Clocked over = new RequestBodies.Clocked(stream(new byte[100_000]), System::nanoTime, 5);
        assertEquals(null, over.readAll(99));
        over.skipAll(RequestBodies.DRAINED_BYTES);
        assertEquals(-1, over.read(), "what was over the limit is read and thrown away, so that the client gets the answer");
    }

    @Test
    void aConnectionThatFailsWhileTheBodyComesIsACutToo() {
        ServletInputStream broken = new ServletInputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("java.util.concurrent.TimeoutException");
            }

            @Override
            public boolean isFinished() {
                return false;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
            }
        };
        assertThrows(RequestBodies.TooSlowException.class,
                () -> new RequestBodies.Clocked(broken, System::nanoTime, 5).readAll(100));
    }

    /** A body that comes by pieces of that size, each after that many milliseconds of the clock {@code now}. */
    private static ServletInputStream network(byte[] bytes, int piece, long millis, long[] now) {
        ServletInputStream all = stream(bytes);
        return new ServletInputStream() {
            @Override
            public int read() throws IOException {
                now[0] += millis * 1_000_000;
                return all.read();
            }

            @Override
            public int read(byte[] buffer, int from, int length) throws IOException {
                now[0] += millis * 1_000_000;
                return all.read(buffer, from, Math.min(length, piece));
            }

            @Override
            public boolean isFinished() {
                return all.isFinished();
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
            }
        };
    }

    /** A body that is all there: each read gives at most 8 KB, as a network would. */
    private static ServletInputStream stream(byte[] bytes) {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] buffer, int from, int length) {
                return in.read(buffer, from, Math.min(length, 8192));
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
            }
        };
    }
}

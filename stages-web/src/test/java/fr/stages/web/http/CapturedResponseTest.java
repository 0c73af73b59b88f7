package fr.stages.web.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapturedResponseTest {

    /** The container's response: records what reaches it, answers UTF-8 for its encoding. */
    private final List<String> reached = new ArrayList<>();
    private final HttpServletResponse container = (HttpServletResponse) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[]{HttpServletResponse.class}, (proxy, method, args) -> {
                reached.add(method.getName());
                return method.getName().equals("getCharacterEncoding") ? "UTF-8"
                        : method.getReturnType() == boolean.class ? false
                        : method.getReturnType() == int.class ? 0 : null;
            });

    @Test
    void aPageWrittenInOneGoAfterItsLengthIsKeptWithoutACopy() throws IOException {
        CapturedResponse capture = new CapturedResponse(container);
        byte[] page = "<p>Jardinier·e</p>".getBytes(StandardCharsets.UTF_8);
        capture.setContentLength(page.length);
        ServletOutputStream out = capture.getOutputStream();
        out.write(page, 0, 5);
        out.write(page, 5, page.length - 5);
        byte[] body = capture.body();
        assertArrayEquals(page, body);
        assertSame(body, capture.body(), "the array written into, kept as it is");
        assertEquals(List.of(), reached, "nothing reaches the container: the length is the filter's to say");
    }

    @Test
    void aPageLongerOrShorterThanAnnouncedOrNotAnnouncedIsKeptWhole() throws IOException {
        byte[] page = new byte[100_000];
        for (int i = 0; i < page.length; i++) {
            page[i] = (byte) i;
        }
        for (int announced : new int[]{-1, 10, 100_000, 200_000, Integer.MAX_VALUE}) {
            CapturedResponse capture = new CapturedResponse(container);
            if (announced >= 0) {
                capture.setContentLength(announced);
            }
            ServletOutputStream out = capture.getOutputStream();
            out.write(page[0]);
            out.write(page, 1, 49_999);
            out.write(page, 50_000, 50_000);
            assertArrayEquals(page, capture.body(), "announced " + announced);
        }
    }

    @Test
    void charactersAreKeptAsUtf8AndAResetForgetsWhatWasWritten() throws IOException {
        CapturedResponse capture = new CapturedResponse(container);
        capture.getWriter().write("brouillon");
        capture.resetBuffer();
        capture.getWriter().write("Été – 😀");
        assertEquals("Été – 😀", new String(capture.body(), StandardCharsets.UTF_8));

        CapturedResponse bytes = new CapturedResponse(container);
        bytes.getOutputStream().write(new byte[]{1, 2, 3});
        bytes.resetBuffer();
        bytes.getOutputStream().write(new byte[]{4});
        assertArrayEquals(new byte[]{4}, bytes.body());
    }
}

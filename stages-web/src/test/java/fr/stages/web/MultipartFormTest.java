package fr.stages.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The multipart parser against bodies as browsers send them and as robots might: every byte of the files and
 * fields comes out as sent whatever the sizes the network delivers them in; anything else is refused without
 * leaving a file behind.
 */
class MultipartFormTest {

    private static final String BOUNDARY = "----WebKitFormBoundaryx7Yq2mR9sT4uV1wZ";

    @TempDir
    Path directory;

    @Test
    void fieldsAndFilesComeOutByteForByteWhateverTheReadSizes() throws Exception {
        Random random = new Random(7);
        // a file full of what looks like a delimiter: CRs, LFs, dashes, the boundary less its last character
        ByteArrayOutputStream tricky = new ByteArrayOutputStream();
        while (tricky.size() < 300_000) {
            switch (random.nextInt(5)) {
                case 0 -> tricky.writeBytes(("\r\n--" + BOUNDARY.substring(0, random.nextInt(BOUNDARY.length())))
                        .getBytes(StandardCharsets.US_ASCII));
                case 1 -> tricky.write('\r');
                case 2 -> tricky.writeBytes("\r\n--".getBytes(StandardCharsets.US_ASCII));
                default -> {
                    byte[] noise = new byte[random.nextInt(200)];
                    random.nextBytes(noise);
                    tricky.writeBytes(noise);
                }
            }
        }
        byte[] cv = tricky.toByteArray();
        byte[] letter = "%PDF-1.4 lettre\r\n".getBytes(StandardCharsets.US_ASCII);
        String message = "Bonjour,\r\nje candidate – « stage » 😀\r\n\r\n--\r\n";
        byte[] body = new Body()
                .field("apply", "apply")
                .field("firstName", "Zoé")
                .field("message", message)
                .field("offres", "12")
                .file("cv", "CV Zoé Lefèvre.pdf", "application/pdf", cv)
                .file("letter", "lettre.pdf", "application/pdf", letter)
                .field("offres", "34")
                .field("empty", "")
                .end();
        for (int seed = 0; seed < 20; seed++) {
            // pieces of up to 9,000 bytes, then of 1 to 5 bytes: delimiters cut at every place
            int largest = seed < 10 ? 9000 : 1 + seed % 5;
            try (MultipartForm form = MultipartForm.read(sent(body, new Pieces(seed, largest), body.length),
                    directory.toFile())) {
                HttpServletRequest read = form.wrap(sent(new byte[0], null, 0));
                assertEquals("Zoé", read.getParameter("firstName"));
                assertEquals(message, read.getParameter("message"));
                assertArrayEquals(new String[] {"12", "34"}, read.getParameterValues("offres"));
                assertEquals("", read.getParameter("empty"));
                Part file = read.getPart("cv");
                assertEquals("CV Zoé Lefèvre.pdf", file.getSubmittedFileName());
                assertEquals("application/pdf", file.getContentType());
                assertEquals(cv.length, file.getSize());
                try (InputStream in = file.getInputStream()) {
                    assertArrayEquals(cv, in.readAllBytes(), "seed " + seed);
                }
                try (InputStream in = read.getPart("letter").getInputStream()) {
                    assertArrayEquals(letter, in.readAllBytes());
                }
                assertEquals(2, read.getParts().size());
            }
            assertEquals(0, files(), "the temporary file is deleted on close");
        }
    }

    @Test
    void anEmptyFileFieldAPreambleAndAnEpilogueAreWhatBrowsersMayAlsoSend() throws Exception {
        byte[] body = ("ce préambule ne compte pas\r\n" + new String(new Body()
                .file("cv", "", "application/octet-stream", new byte[0])
                .field("lastName", "Durand")
                .end(), StandardCharsets.UTF_8) + "et cet épilogue non plus\r\n").getBytes(StandardCharsets.UTF_8);
        try (MultipartForm form = MultipartForm.read(sent(body, null, -1), directory.toFile())) {
            HttpServletRequest read = form.wrap(sent(new byte[0], null, 0));
            assertEquals("Durand", read.getParameter("lastName"));
            Part cv = read.getPart("cv");
            assertEquals("", cv.getSubmittedFileName());
            assertEquals(0, cv.getSize());
            try (InputStream in = cv.getInputStream()) {
                assertEquals(-1, in.read());
            }
        }
    }

    @Test
    void aBodyThatIsNotAWellFormedFormIsRefusedAndLeavesNoFile() {
        Map<String, byte[]> refused = Map.of(
                "no closing delimiter", cut(new Body().field("a", "b").end(), 4),
                "nothing but garbage", "pas un formulaire".getBytes(StandardCharsets.UTF_8),
                "a part without Content-Disposition", ("--" + BOUNDARY + "\r\nContent-Type: text/plain\r\n\r\nx\r\n--"
                        + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8),
                "a part without name", ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; filename=\"a.pdf\""
                        + "\r\n\r\nx\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8),
                "a field too long", new Body().field("message", "x".repeat(MultipartForm.MAX_FIELD_BYTES + 1)).end(),
                "too many parts", tooManyParts(),
                "headers without end", ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a\"\r\nX: "
                        + "y".repeat(MultipartForm.MAX_HEADER_BYTES) + "\r\n").getBytes(StandardCharsets.UTF_8));
        refused.forEach((what, body) -> {
            assertThrows(MultipartForm.MalformedException.class,
                    () -> MultipartForm.read(sent(body, new Pieces(1, 9000), body.length), directory.toFile()).close(),
                    what);
            assertEquals(0, files(), what + ": no file left");
        });
        assertThrows(MultipartForm.MalformedException.class, () -> MultipartForm.read(
                request(new Body().field("a", "b").end(), "multipart/form-data", -1), directory.toFile()));
    }

    @Test
    void aBodyOverTheLimitIsRefusedAsTooLargeWhetherAnnouncedOrNot() throws Exception {
        byte[] big = new Body().file("cv", "cv.pdf", "application/pdf",
                new byte[(int) MultipartForm.MAX_BYTES]).end();
        assertThrows(MultipartForm.TooLargeException.class,
                () -> MultipartForm.read(sent(big, null, big.length), directory.toFile()));
        assertThrows(MultipartForm.TooLargeException.class,
                () -> MultipartForm.read(sent(big, null, -1), directory.toFile()));
        assertEquals(0, files());
    }

    @Test
    void dispositionParametersAreReadAsBrowsersWriteThem() throws Exception {
        Map<String, String> read = MultipartForm.dispositionParameters(
                "form-data; name=\"cv\"; filename=\"mon \\\"CV\\\" ; v2.pdf\"");
        assertEquals("cv", read.get("name"));
        assertEquals("mon \"CV\" ; v2.pdf", read.get("filename"));
        assertEquals(Map.of("name", "x"), MultipartForm.dispositionParameters("form-data; NAME=x"));
        assertNull(MultipartForm.dispositionParameters("form-data").get("name"));
        assertThrows(MultipartForm.MalformedException.class,
                () -> MultipartForm.dispositionParameters("form-data; name=\"open"));
        assertArrayEquals("abc".getBytes(StandardCharsets.US_ASCII),
                MultipartForm.boundary("multipart/form-data; charset=utf-8; boundary=\"abc\""));
        assertThrows(MultipartForm.MalformedException.class,
                () -> MultipartForm.boundary("multipart/form-data; boundary=" + "b".repeat(71)));
    }

    private long files() {
        try (Stream<Path> all = Files.list(directory)) {
            return all.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] cut(byte[] body, int bytes) {
        return java.util.Arrays.copyOf(body, body.length - bytes);
    }

    private static byte[] tooManyParts() {
        Body body = new Body();
        for (int i = 0; i <= MultipartForm.MAX_PARTS; i++) {
            body.field("f" + i, "v");
        }
        return body.end();
    }

    /** A multipart body as a browser writes it. */
    private static final class Body {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Body field(String name, String value) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
                    + value + "\r\n").getBytes(StandardCharsets.UTF_8));
            return this;
        }

        Body file(String name, String fileName, String type, byte[] content) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name
                    + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            return this;
        }

        byte[] end() {
            out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            return out.toByteArray();
        }
    }

    private static HttpServletRequest sent(byte[] body, Pieces sizes, long announced) {
        return request(body, "multipart/form-data; boundary=" + BOUNDARY, announced, sizes);
    }

    private static HttpServletRequest request(byte[] body, String contentType, long announced) {
        return request(body, contentType, announced, null);
    }

    /** The sizes a body arrives in: random, from 1 to the largest. */
    private record Pieces(Random random, int largest) {
        Pieces(long seed, int largest) {
            this(new Random(seed), largest);
        }

        int next() {
            return 1 + random.nextInt(largest);
        }
    }

    /** A request whose body arrives in pieces of random sizes (sizes null: as much as asked). */
    private static HttpServletRequest request(byte[] body, String contentType, long announced, Pieces sizes) {
        ServletInputStream in = new ServletInputStream() {
            private int position;

            @Override
            public int read() {
                return position < body.length ? body[position++] & 0xff : -1;
            }

            @Override
            public int read(byte[] bytes, int from, int length) {
                if (position >= body.length) {
                    return -1;
                }
                int n = Math.min(length, body.length - position);
                if (sizes != null) {
                    n = Math.min(n, sizes.next());
                }
                System.arraycopy(body, position, bytes, from, n);
                position += n;
                return n;
            }

            @Override
            public boolean isFinished() {
                return position >= body.length;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        };
        return (HttpServletRequest) Proxy.newProxyInstance(MultipartFormTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getContentLengthLong" -> announced;
                    case "getContentType" -> contentType;
                    case "getInputStream" -> in;
                    case "getParameterMap" -> Map.of();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}

package fr.stages.web.candidates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import fr.stages.applications.entity.Upload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A candidate form's sending, read by the library's parser within our limits, against bodies as browsers send
 * them and as robots might: every byte of the files and fields comes out as sent whatever the sizes the network
 * delivers them in; anything else is refused (and nothing is ever written to disk).
 */
class SendingTest {

    private static final String BOUNDARY = "----WebKitFormBoundaryx7Yq2mR9sT4uV1wZ";

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
            Sending read = Sending.read(sent(body, new Pieces(seed, largest), body.length));
            assertEquals("Zoé", read.text("firstName"));
            assertEquals(message, read.text("message"));
            assertEquals(java.util.List.of("12", "34"), read.values("offres"));
            assertNull(read.text("empty"), "an empty field is no answer");
            Upload file = read.file("cv");
            assertEquals("CV Zoé Lefèvre.pdf", file.fileName());
            assertArrayEquals(cv, file.content(), "seed " + seed);
            assertArrayEquals(letter, read.file("letter").content());
        }
    }

    @Test
    void anEmptyFileFieldAPreambleAndAnEpilogueAreWhatBrowsersMayAlsoSend() throws Exception {
        byte[] body = ("ce préambule ne compte pas\r\n" + new String(new Body()
                .file("cv", "", "application/octet-stream", new byte[0])
                .field("lastName", "Durand")
                .end(), StandardCharsets.UTF_8) + "et cet épilogue non plus\r\n").getBytes(StandardCharsets.UTF_8);
        Sending read = Sending.read(sent(body, null, -1));
        assertEquals("Durand", read.text("lastName"));
        assertNull(read.file("cv"), "no file chosen");
    }

    @Test
    void aFileIsKeptUpToOneByteOverWhatTheBusinessAccepts() throws Exception {
        byte[] big = new byte[fr.stages.applications.control.PdfCheck.MAX_BYTES + 5000];
        Sending read = Sending.read(sent(new Body().file("cv", "cv.pdf", "application/pdf", big)
                .field("lastName", "Durand").end(), new Pieces(3, 9000), -1));
        assertEquals(fr.stages.applications.control.PdfCheck.MAX_BYTES + 1, read.file("cv").content().length,
                "enough to refuse it, no more");
        assertEquals("Durand", read.text("lastName"), "the rest of the body is read on");
    }

    @Test
    void aBodyThatIsNotAWellFormedFormIsRefused() {
        Map<String, byte[]> refused = Map.of(
                "cut before its closing delimiter", cut(new Body().field("a", "b").end(), 12),
                "nothing but garbage", "pas un formulaire".getBytes(StandardCharsets.UTF_8),
                "a part without Content-Disposition", ("--" + BOUNDARY + "\r\nContent-Type: text/plain\r\n\r\nx\r\n--"
                        + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8),
                "a part without name", ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; filename=\"a.pdf\""
                        + "\r\n\r\nx\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8),
                "a field too long", new Body().field("message", "x".repeat(Sending.MAX_FIELD_BYTES + 1)).end(),
                "too many parts", tooManyParts(),
                "headers without end", ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a\"\r\nX: "
                        + "y".repeat(16 * 1024) + "\r\n").getBytes(StandardCharsets.UTF_8));
        refused.forEach((what, body) -> assertThrows(Sending.MalformedException.class,
                () -> Sending.read(sent(body, new Pieces(1, 9000), body.length)), what));
        assertThrows(Sending.MalformedException.class, () -> Sending.read(
                request(new Body().field("a", "b").end(), "multipart/form-data", -1)), "no boundary");
    }

    @Test
    void aBodyOverTheLimitIsRefusedAsTooLargeWhetherAnnouncedOrNot() throws Exception {
        byte[] big = new Body().file("cv", "cv.pdf", "application/pdf",
                new byte[(int) Sending.MAX_BYTES]).end();
        assertThrows(Sending.TooLargeException.class, () -> Sending.read(sent(big, null, big.length)));
        assertThrows(Sending.TooLargeException.class, () -> Sending.read(sent(big, null, -1)));
    }

    /** What RequestBodies throws for a body that comes too slowly: the filter that measures must see it. */
    private static final class TooSlow extends IOException {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void aFailureOfTheBodyItselfIsNotCalledMalformed() {
        byte[] body = new Body().field("firstName", "Zoé").file("cv", "cv.pdf", "application/pdf", new byte[5000]).end();
        for (int cut : new int[] {0, 20, 200, 3000}) {
            HttpServletRequest request = request(body, "multipart/form-data; boundary=" + BOUNDARY, body.length,
                    null, cut);
            assertThrows(TooSlow.class, () -> Sending.read(request), "cut after " + cut + " bytes");
        }
    }

    private static byte[] cut(byte[] body, int bytes) {
        return java.util.Arrays.copyOf(body, body.length - bytes);
    }

    private static byte[] tooManyParts() {
        Body body = new Body();
        for (int i = 0; i <= Sending.MAX_PARTS; i++) {
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
        return request(body, "multipart/form-data; boundary=" + BOUNDARY, announced, sizes, -1);
    }

    private static HttpServletRequest request(byte[] body, String contentType, long announced) {
        return request(body, contentType, announced, null, -1);
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

    /**
     * A request whose body arrives in pieces of random sizes (sizes null: as much as asked), and fails as a slow
     * body does once failAt bytes were read (-1: never).
     */
    private static HttpServletRequest request(byte[] body, String contentType, long announced, Pieces sizes,
                                              int failAt) {
        ServletInputStream in = new ServletInputStream() {
            private int position;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] bytes, int from, int length) throws IOException {
                if (position == failAt) {
                    throw new TooSlow();
                }
                if (position >= body.length) {
                    return -1;
                }
                int n = Math.min(length, body.length - position);
                if (failAt >= 0) {
                    n = Math.min(n, failAt - position);
                }
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
        return (HttpServletRequest) Proxy.newProxyInstance(SendingTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getContentLengthLong" -> announced;
                    case "getContentLength" -> (int) announced;
                    case "getCharacterEncoding" -> "UTF-8";
                    case "getHeader" -> null;
                    case "getContentType" -> contentType;
                    case "getInputStream" -> in;
                    case "getParameterMap" -> Map.of();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}

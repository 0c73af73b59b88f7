package fr.stages.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Every sending's body is read against a clock. Payara reads bodies with blocking reads, one request thread per
 * sending until its last byte: six clients sending an application at 1 KB every 2 s held all five threads of
 * Payara's default pool, and the site stopped answering. Here a body must keep coming at 8 KB a second on
 * average (64 kbit/s, a poor mobile connection) once {@code stages.request.body-seconds} have passed; a slower one
 * is cut: 408, the connection closed, nothing kept. A client that sends nothing is cut by the server's read
 * timeout (30 s). A slow sender thus holds a thread for about a minute at most, and the pool (server-config)
 * has room for two hundred of them besides the site's own work; beyond, the reverse proxy of
 * server-config/nginx, which reads bodies whole before Payara does, is the guard.
 * <p>
 * (Non-blocking reads and an asynchronous dispatch once the body was whole were tried first: on Payara 6.2025.9
 * the dispatched request ran without CDI's request context, WELD-001303: the sign-in form's sending answered 500.)
 * <p>
 * A form (application/x-www-form-urlencoded) is read here, whole, and its fields decoded from it: over 2 MB the
 * answer is 413 (Payara's own limit answered 500), a malformed one 400. A sending with files is read through
 * the same clock by the candidate forms' handlers (web.candidates).
 * <p>
 * The back office is measured too; an anonymous sending to it is sent to the login page by container security
 * before any filter, its body unread (BackOfficeSignIn).
 */
public class RequestBodies extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RequestBodies.class.getName());

    /** Payara's default limit of a form's body, kept: the longest form is far smaller. */
    static final int FORM_MAX_BYTES = 2 * 1024 * 1024;
    /** Past the base delay, a body must have come at this average rate (bytes a second). */
    static final long BYTES_PER_SECOND = 8 * 1024;
    /** A form over the limit is still read (and thrown away) up to this size before the 413. */
    static final long DRAINED_BYTES = 16L * 1024 * 1024;
    /** A form has a few dozen fields; far more is not a browser. */
    static final int MAX_PARAMETERS = 1000;

    private final long baseSeconds = Long.getLong("stages.request.body-seconds", 30);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Clocked body = new Clocked(request.getInputStream(), System::nanoTime, baseSeconds);
        try {
            HttpServletRequest read;
            if (isForm(request)) {
                byte[] form = request.getContentLengthLong() > FORM_MAX_BYTES ? null : body.readAll(FORM_MAX_BYTES);
                if (form == null) {
                    // the client sends its whole body before it reads the answer: what it sends is read (against
                    // the clock) and thrown away, up to a bound, so that it gets the 413 and not a reset connection
                    body.skipAll(DRAINED_BYTES);
                    tooLarge(request, response);
                    return;
                }
                try {
                    read = formRequest(request, form);
                } catch (IllegalArgumentException e) {
                    LOG.info(() -> "Formulaire mal formé refusé : " + e.getMessage());
                    page(request, response, HttpServletResponse.SC_BAD_REQUEST, "Envoi illisible",
                            "Le formulaire reçu est mal formé ; rien n'a été enregistré. Revenez à la page précédente, "
                                    + "rechargez-la et envoyez-la de nouveau.",
                            "The form received is malformed; nothing was saved. Go back, reload the page and send it again.");
                    return;
                }
            } else {
                read = streamRequest(request, body);
            }
            chain.doFilter(read, response);
        } catch (TooSlowException e) {
            LOG.info(() -> "Envoi trop lent coupé : " + e.getMessage() + ", " + request.getServletPath());
            if (!response.isCommitted()) {
                response.resetBuffer(); // the headers of SecurityHeaders stay
                page(request, response, HttpServletResponse.SC_REQUEST_TIMEOUT, "Envoi trop lent",
                        "Votre envoi n'est pas arrivé entier dans le temps prévu ; rien n'a été enregistré. "
                                + "Vérifiez votre connexion et envoyez le formulaire de nouveau.",
                        "Your form did not arrive in time; nothing was saved. Check your connection and send it again.");
            }
        }
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        page(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Envoi trop volumineux",
                "Ce formulaire dépasse la taille permise (2 Mo) ; rien n'a été enregistré.",
                "This form is over the size allowed (2 MB); nothing was saved.");
    }

    /**
     * A refusal, said in both languages on a page of its own: the site's error pages go through Faces, which
     * would read the refused body again. The connection is closed: what is left of the body is not read.
     */
    private static void page(HttpServletRequest request, HttpServletResponse response, int status, String title,
                             String french, String english) throws IOException {
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + "</title></head><body><main><h1>" + title + "</h1><p>" + french + "</p><p lang=\"en\">" + english
                + "</p><p><a href=\"" + request.getContextPath() + "/\">Retour à l'accueil</a></p></main></body></html>");
    }

    /** The body came too slowly, or stopped coming (the server's read timeout). */
    static final class TooSlowException extends IOException {
        private static final long serialVersionUID = 1L;

        TooSlowException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The request's body, measured at every read: past the base delay, bytes received must keep up with
     * BYTES_PER_SECOND since then.
     */
    static final class Clocked extends ServletInputStream {

        private final ServletInputStream in;
        private final java.util.function.LongSupplier clock;
        private final long start;
        private final long baseNanos;
        private long received;

        /** The clock gives nanoseconds (System::nanoTime); the body's time starts now. */
        Clocked(ServletInputStream in, java.util.function.LongSupplier clock, long baseSeconds) {
            this.in = in;
            this.clock = clock;
            this.start = clock.getAsLong();
            this.baseNanos = baseSeconds * 1_000_000_000L;
        }

        /** The whole body, or null over the limit (the rest is not read). */
        byte[] readAll(int limit) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int read = read(buffer, 0, buffer.length); read >= 0; read = read(buffer, 0, buffer.length)) {
                bytes.write(buffer, 0, read);
                if (bytes.size() > limit) {
                    return null;
                }
            }
            return bytes.toByteArray();
        }

        /** Reads and throws away what is left of the body, at most that many bytes. */
        void skipAll(long limit) throws IOException {
            byte[] buffer = new byte[8192];
            long skipped = 0;
            for (int read = 0; read >= 0 && skipped < limit; read = read(buffer, 0, buffer.length)) {
                skipped += read;
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int read = read(one, 0, 1);
            return read < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int from, int length) throws IOException {
            int read;
            try {
                read = in.read(bytes, from, length);
            } catch (IOException e) {
                throw new TooSlowException(received + " octets reçus, puis : " + e, e);
            }
            if (read > 0) {
                received += read;
            }
            long elapsed = clock.getAsLong() - start;
            long late = elapsed - baseNanos;
            if (read >= 0 && late > 0 && received < late / 1_000_000_000.0 * BYTES_PER_SECOND) {
                throw new TooSlowException(received + " octets reçus en " + elapsed / 1_000_000 + " ms", null);
            }
            return read;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new IllegalStateException("read with blocking reads only");
        }
    }

    /** The request with its form read: fields decoded from the kept bytes (query string first). */
    private static HttpServletRequest formRequest(HttpServletRequest request, byte[] form) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        decode(request.getQueryString(), parameters);
        decode(new String(form, StandardCharsets.UTF_8), parameters);
        return new FieldsRequest(request, parameters) {
            @Override
            public ServletInputStream getInputStream() {
                return new KeptStream(new ByteArrayInputStream(form));
            }

            @Override
            public BufferedReader getReader() {
                return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(form), StandardCharsets.UTF_8));
            }
        };
    }

    /** The request whose body is read through the clock (sendings with files, anything else). */
    private static HttpServletRequest streamRequest(HttpServletRequest request, Clocked body) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public ServletInputStream getInputStream() {
                return body;
            }

            @Override
            public BufferedReader getReader() {
                return new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
            }
        };
    }

    /** application/x-www-form-urlencoded, in UTF-8 (the site's only encoding); malformed: IllegalArgumentException. */
    static void decode(String encoded, Map<String, String[]> into) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        into.forEach((name, existing) -> values.put(name, new ArrayList<>(List.of(existing))));
        int count = 0;
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            if (++count > MAX_PARAMETERS) {
                throw new IllegalArgumentException("plus de " + MAX_PARAMETERS + " champs");
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        into.clear();
        values.forEach((name, list) -> into.put(name, list.toArray(String[]::new)));
    }

    /** The kept body, read as the container's stream would be (blocking: it is all there). */
    private static final class KeptStream extends ServletInputStream {

        private final InputStream kept;
        private boolean finished;

        KeptStream(InputStream kept) {
            this.kept = kept;
        }

        @Override
        public int read() throws IOException {
            int b = kept.read();
            finished = b < 0;
            return b;
        }

        @Override
        public int read(byte[] bytes, int from, int length) throws IOException {
            int read = kept.read(bytes, from, length);
            finished = read < 0;
            return read;
        }

        @Override
        public boolean isFinished() {
            return finished;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new IllegalStateException("the body has already been read");
        }
    }
}

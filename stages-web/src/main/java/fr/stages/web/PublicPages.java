package fr.stages.web;

import fr.stages.platform.CityTime;
import fr.stages.platform.Statements;
import fr.stages.search.boundary.Search;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.zip.GZIPInputStream;

/**
 * The pages every visitor reads — the search (home page) and the offer pages — kept in memory once rendered, so
 * that the next visitor of the same address gets them without Faces, JPA or the database; and answered 304 Not
 * Modified to a browser that already holds the same page (ETag).
 * <p>
 * Why it stays correct: these pages depend only on the address, the visitor's language, the day and the offers
 * (LocaleBacking.preferred says how the language is chosen; no session, no view state). A copy is kept with the
 * {@link Search#version() version} of the offers it was rendered from and the day; it serves only while both are
 * current. The version changes at once on the instance that commits a change of an offer, on every other
 * instance when the offer-changes topic reaches it, and on all of them when the periodic check of the search
 * index finds a change made outside the application. Version and day are read before rendering: a page rendered
 * while an offer changed is kept under the older version, so never served. Pages that set a cookie (?lang=),
 * errors, redirections and anything but 200 and 410 are not kept.
 * <p>
 * Copies are kept compressed (gzip), in files read through the system's file cache (KeptPages says why): served
 * as they are to browsers (all of them accept gzip), inflated for the others. Their size is bounded
 * (stages.page-cache-mb, least recently used first out).
 * <p>
 * The search page, whose addresses are countless, is not rendered by Faces on each miss: its {@link PageFrame} is,
 * once per language, and each search fills it in (PageFrame says why).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class PublicPages extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(PublicPages.class.getName());
    private static final Set<String> PAGES = Set.of("/", "/index.xhtml", "/offers/offer.xhtml");
    /** The pages filled from a frame: the search's. */
    private static final Set<String> FRAMED = Set.of("/", "/index.xhtml");
    private static final int MAX_KEY = 2_000;
    /**
     * Response headers for tests and operations: whether the copy served, how many SQL statements it cost, whether
     * a page was filled from its frame or rendered by Faces. A request with "X-Stages-Render: faces" has its page
     * rendered by Faces, neither kept nor served from memory: PublicSiteIT compares it with the frame's.
     */
    static final String CACHE_HEADER = "X-Stages-Cache";
    static final String SQL_HEADER = "X-Stages-Sql";
    static final String RENDER_HEADER = "X-Stages-Render";

    /** The search page (SearchBacking), for the parts of its frame. */
    @Inject
    FramedPage searchPage;

    /** By page and language; empty when the page's frame turned out unusable (then Faces renders it each time). */
    private final Map<String, Optional<PageFrame>> frames = new ConcurrentHashMap<>();

    private final boolean diagnostics = Boolean.getBoolean("stages.diagnostic-headers");
    private KeptPages kept;
    /** Deflaters for as many pages rendered at once as the HTTP threads allow, and then some. */
    private final Gzip gzip = new Gzip(16);

    @Override
    public void init() {
        kept = new KeptPages(directory(), Long.getLong("stages.page-cache-mb", 48) * 1024 * 1024,
                KeptPages.HOT_BYTES);
    }

    @Override
    public void destroy() {
        kept.clear();
        gzip.close();
    }

    /** stages.page-dir, or a directory of the server's instance (one per instance), or of the system. */
    private static Path directory() {
        String given = System.getProperty("stages.page-dir");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        String instance = System.getProperty("com.sun.aas.instanceRoot");
        return instance != null
                ? Path.of(instance, "generated", "stages-pages")
                : Path.of(System.getProperty("java.io.tmpdir"), "stages-pages");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (diagnostics && "faces".equals(request.getHeader(RENDER_HEADER))) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        long version = Search.version();
        LocalDate day = CityTime.today();
        KeptPages.Found found = kept.find(key, version, day);
        if (found != null) {
            if (diagnostics) {
                response.setHeader(CACHE_HEADER, "hit");
                response.setHeader(SQL_HEADER, "0");
            }
            send(found.page(), found.gzipped(), null, request, response);
            return;
        }
        long statements = Statements.sent();
        byte[] body = null;
        String contentType = null;
        boolean setsCookie = false;
        boolean framed = false;
        if (FRAMED.contains(request.getServletPath())) {
            PageFrame frame = frame(request, response, chain);
            if (response.isCommitted()) {
                return; // the frame's rendering failed: its error page is already on its way
            }
            if (frame != null) {
                body = frame.fill(searchPage);
                contentType = frame.contentType();
                framed = true;
            }
        }
        if (body == null) {
            Capture capture = new Capture(response);
            chain.doFilter(request, capture);
            if (capture.passedOn) {
                return; // an error page or a redirection, already on its way by the container
            }
            body = capture.body();
            contentType = response.getContentType();
            setsCookie = capture.setsCookie;
        }
        byte[] gzipped = gzip.compress(body);
        // the compressed form names the page as well (same bytes in, same bytes out) and is a fifth to hash
        KeptPages.Page page = new KeptPages.Page(response.getStatus(), contentType, body.length,
                gzipped.length, etag(gzipped), version, day, null);
        if ((page.status() == 200 || page.status() == 410) && !setsCookie) {
            kept.keep(key, page, gzipped);
        }
        if (diagnostics) {
            response.setHeader(CACHE_HEADER, "miss");
            response.setHeader(SQL_HEADER, Long.toString(Statements.sent() - statements));
            response.setHeader(RENDER_HEADER, framed ? "frame" : "faces");
        }
        send(page, gzipped, body, request, response);
    }

    /**
     * The frame of the page asked for, in the visitor's language: rendered by Faces, with marks, the first time it
     * is asked for; null when it cannot be used, or when its rendering failed (the response then says so).
     */
    private PageFrame frame(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String name = request.getServletPath() + "|" + LocaleBacking.preferred(request).getLanguage();
        Optional<PageFrame> frame = frames.get(name);
        if (frame == null) {
            Capture capture = new Capture(response);
            request.setAttribute(PageFrame.RENDERING, Boolean.TRUE);
            try {
                chain.doFilter(request, capture);
            } finally {
                request.removeAttribute(PageFrame.RENDERING);
            }
            if (capture.passedOn) {
                return null;
            }
            frame = Optional.ofNullable(response.getStatus() == 200 && !capture.setsCookie
                    ? PageFrame.of(new String(capture.body(), StandardCharsets.UTF_8), response.getContentType(),
                    searchPage.parts())
                    : null);
            if (frame.isEmpty()) {
                LOG.warning(() -> "The frame of " + name + " lacks parts or repeats some: Faces renders the page");
            }
            frames.put(name, frame);
        }
        return frame.orElse(null);
    }

    /** What identifies a page among those kept, or null when the request is not for one of them. */
    private static String key(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || !PAGES.contains(request.getServletPath())
                || request.getParameter(LocaleBacking.PARAMETER) != null) {
            return null;
        }
        String query = request.getQueryString();
        String key = PublicAddress.base(request) + request.getRequestURI() + (query == null ? "" : "?" + query)
                + "|" + LocaleBacking.preferred(request).getLanguage();
        return key.length() > MAX_KEY ? null : key;
    }

    /** The page, or 304 when the browser holds it already; body is the page uncompressed when at hand. */
    private static void send(KeptPages.Page page, byte[] gzipped, byte[] body, HttpServletRequest request,
                             HttpServletResponse response) throws IOException {
        response.setHeader("ETag", page.etag());
        // a browser may keep the page but must ask each time: 304 when unchanged
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Vary", "Accept-Encoding, Accept-Language, Cookie");
        String held = request.getHeader("If-None-Match");
        if (held != null && (held.contains(page.etag()) || held.strip().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(page.status());
        response.setContentType(page.contentType());
        OutputStream out = response.getOutputStream();
        if (acceptsGzip(request)) {
            response.setHeader("Content-Encoding", "gzip");
            response.setContentLength(gzipped.length);
            out.write(gzipped);
        } else {
            response.setContentLength(page.length());
            if (body != null) {
                out.write(body);
            } else {
                try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
                    in.transferTo(out);
                }
            }
        }
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Encoding");
        return accepted != null && Arrays.stream(accepted.split(",")).map(String::strip)
                .anyMatch(e -> e.equals("gzip") || e.startsWith("gzip;") && !e.replace(" ", "").endsWith("q=0"));
    }

    private static String etag(byte[] content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 12)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Holds back what the page writes, so that it can be kept, and headers set after it is rendered. */
    private static final class Capture extends HttpServletResponseWrapper {

        /** What a page writes as bytes (rare: Faces writes characters). */
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        /** What Faces writes, as characters, encoded as it comes (Utf8Buffer says why). */
        private final Utf8Buffer text = new Utf8Buffer(64 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;
        boolean passedOn;
        boolean setsCookie;

        Capture(HttpServletResponse response) {
            super(response);
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
                byte[] utf8 = text.toByteArray();
                Charset charset = Charset.forName(getCharacterEncoding());
                // pages are UTF-8 (web.xml, f:view); a page that chose another charset is re-encoded
                return charset.equals(StandardCharsets.UTF_8) ? utf8
                        : new String(utf8, StandardCharsets.UTF_8).getBytes(charset);
            }
            return buffer.toByteArray();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        buffer.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("pages are written in one go");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(text);
            }
            return writer;
        }

        @Override
        public void sendError(int status) throws IOException {
            passedOn = true;
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            passedOn = true;
            super.sendError(status, message);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            passedOn = true;
            super.sendRedirect(location);
        }

        @Override
        public void addCookie(Cookie cookie) {
            setsCookie = true;
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            setsCookie |= "Set-Cookie".equalsIgnoreCase(name);
            super.addHeader(name, value);
        }

        @Override
        public void setHeader(String name, String value) {
            setsCookie |= "Set-Cookie".equalsIgnoreCase(name);
            super.setHeader(name, value);
        }

        // the length is the filter's to say, and nothing reaches the client before the filter sends the page
        @Override
        public void setContentLength(int length) {
        }

        @Override
        public void setContentLengthLong(long length) {
        }

        @Override
        public void flushBuffer() {
        }

        @Override
        public void resetBuffer() {
            buffer.reset();
            text.reset();
        }

        @Override
        public void reset() {
            buffer.reset();
            text.reset();
            super.reset();
        }

        @Override
        public boolean isCommitted() {
            return passedOn && super.isCommitted();
        }
    }
}

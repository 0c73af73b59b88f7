package fr.stages.web.pagecache;

import fr.stages.platform.CityTime;
import fr.stages.platform.Statements;
import fr.stages.platform.PublicData;
import fr.stages.web.SiteLanguage;
import fr.stages.web.http.PublicAddress;
import fr.stages.web.http.CapturedResponse;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The pages every visitor reads — the search (home page) and the offer pages — kept once rendered, so that the
 * next visitor of the same address gets them without Faces, JPA or the database; and answered 304 Not Modified to
 * a browser that already holds the same page (ETag). It keeps whatever response the rest of the chain produced
 * for a public GET of those addresses (filled from its frame or rendered by Faces, it does not know which).
 * <p>
 * Why it stays correct: these pages depend only on the address, the visitor's language, the day and the public
 * data (SiteLanguage.preferred says how the language is chosen; no session, no view state). A copy is kept with
 * the {@link PublicData#version() version} of the public data it was rendered from and the day; it serves only
 * while both are current (PublicData says when the version moves). Version and day are read before rendering: a
 * page rendered while an offer changed is kept under the older version, so never served. Pages that set a cookie
 * (?lang=), errors, redirections and anything but 200 and 410 are not kept.
 * <p>
 * Copies are kept compressed (gzip), in files read through the system's file cache (KeptPages says why): served
 * as they are to browsers (all of them accept gzip), inflated for the others. Their size is bounded
 * (stages.page-cache-mb, least recently used first out). Declared in web.xml, after the filters that guard every
 * request and before the search page's frame (SearchFrames), whose filled pages it keeps.
 */
public class PageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** By servlet path: the search, the offer pages, the public API and the open data files (web.opendata). */
    private static final Set<String> PAGES = Set.of("/", "/index.xhtml", "/offers/offer.xhtml", "/api/v1",
            "/donnees");
    private static final int MAX_KEY = 2_000;
    /**
     * Response headers for tests and operations: whether the copy served and how many SQL statements it cost.
     * With them on, a request with "Cache-Control: no-cache" is neither served from a copy nor kept.
     */
    static final String CACHE_HEADER = "X-Stages-Cache";
    static final String SQL_HEADER = "X-Stages-Sql";

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
        String key = key(request);
        if (key == null || diagnostics && String.valueOf(request.getHeader("Cache-Control")).contains("no-cache")) {
            chain.doFilter(request, response);
            return;
        }
        long version = PublicData.version();
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
        CapturedResponse capture = new CapturedResponse(response);
        chain.doFilter(request, capture);
        if (capture.passedOn()) {
            return; // an error page or a redirection, already on its way by the container
        }
        byte[] body = capture.body();
        byte[] gzipped = gzip.compress(body);
        // the compressed form names the page as well (same bytes in, same bytes out) and is a fifth to hash
        KeptPages.Page page = new KeptPages.Page(response.getStatus(), response.getContentType(), body.length,
                gzipped.length, etag(gzipped), version, day, null);
        boolean keepable = page.status() == 200 || page.status() == 410;
        if (keepable && !capture.setsCookie()) {
            kept.keep(key, page, gzipped);
        }
        if (diagnostics) {
            response.setHeader(CACHE_HEADER, "miss");
            response.setHeader(SQL_HEADER, Long.toString(Statements.sent() - statements));
        }
        if (!keepable) { // a refusal (the API's 400, 429): as it is, without an ETag that could answer 304 to it
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        send(page, gzipped, body, request, response);
    }

    /** What identifies a page among those kept, or null when the request is not for one of them. */
    private static String key(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || !PAGES.contains(request.getServletPath())
                || request.getParameter(SiteLanguage.PARAMETER) != null) {
            return null;
        }
        String query = request.getQueryString();
        String key = PublicAddress.base(request) + request.getRequestURI() + (query == null ? "" : "?" + query)
                + "|" + SiteLanguage.preferred(request).getLanguage();
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
}

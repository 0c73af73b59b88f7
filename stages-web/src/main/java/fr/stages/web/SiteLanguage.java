package fr.stages.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * French unless the visitor asks otherwise: ?lang=en (remembered in a cookie, not in a session, so that public
 * pages stay stateless), or a browser that prefers English.
 */
@Named("siteLanguage")
@RequestScoped
public class SiteLanguage {

    public static final String PARAMETER = "lang";
    private static final Locale FRENCH = Locale.FRENCH;

    @Inject
    HttpServletRequest request;

    private Locale current;

    public Locale getCurrent() {
        if (current == null) {
            current = resolve();
        }
        return current;
    }

    public String getLanguage() {
        return getCurrent().getLanguage();
    }

    /** The same page in the other language, keeping the page's own parameters. */
    public String getSwitchUrl() {
        FacesContext faces = FacesContext.getCurrentInstance();
        // Faces' request: the error page's, when an error page is rendered; the page's own outside Faces (frames)
        HttpServletRequest shown = faces == null ? request
                : (HttpServletRequest) faces.getExternalContext().getRequest();
        String other = "en".equals(getLanguage()) ? "fr" : "en";
        String query = shown.getParameterMap().entrySet().stream()
                .filter(e -> !e.getKey().equals(PARAMETER) && !e.getKey().startsWith("jakarta.faces"))
                .flatMap(e -> java.util.Arrays.stream(e.getValue()).map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        String uri = shown.getRequestURI();
        return uri + "?" + (query.isEmpty() ? "" : query + "&") + PARAMETER + "=" + other;
    }

    private Locale resolve() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return preferred(request); // a page filled from its frame: PublicPages keeps ?lang= for Faces
        }
        ExternalContext external = faces.getExternalContext();
        String asked = external.getRequestParameterMap().get(PARAMETER);
        if ("fr".equals(asked) || "en".equals(asked)) {
            Cookie cookie = new Cookie(PARAMETER, asked);
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            ((HttpServletResponse) external.getResponse()).addCookie(cookie);
            return Locale.forLanguageTag(asked);
        }
        return preferred((HttpServletRequest) external.getRequest());
    }

    /**
     * The language of a request that does not ask with ?lang: the visitor's earlier choice (cookie), else the
     * first of French or English in the browser's preferences, else French. Public pages depend on nothing else
     * of the visitor (PublicPages keys its copies by it).
     */
    public static Locale preferred(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (PARAMETER.equals(cookie.getName())
                        && ("fr".equals(cookie.getValue()) || "en".equals(cookie.getValue()))) {
                    return Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        // without an Accept-Language header the servlet container answers with its own default locale, which must
        // not decide: French then
        String header = request.getHeader("Accept-Language");
        if (header == null) {
            return FRENCH;
        }
        Locale known = BY_HEADER.get(header);
        if (known == null) {
            known = firstKnown(request);
            if (BY_HEADER.size() < BY_HEADER_MAX) {
                BY_HEADER.put(header, known);
            }
        }
        return known;
    }

    /**
     * The language chosen for each Accept-Language header seen: the container parses the header into locales on
     * each call, 5 % of the processor time of a page served from memory (JFR), and browsers send few different
     * headers. Bounded: past the bound, headers are parsed each time.
     */
    private static final Map<String, Locale> BY_HEADER = new ConcurrentHashMap<>();
    private static final int BY_HEADER_MAX = 1_000;

    /** The first of French or English among the browser's languages in its order of preference; else French. */
    private static Locale firstKnown(HttpServletRequest request) {
        for (Iterator<Locale> it = request.getLocales().asIterator(); it.hasNext(); ) {
            String language = it.next().getLanguage();
            if ("fr".equals(language)) {
                return FRENCH;
            }
            if ("en".equals(language)) {
                return Locale.ENGLISH;
            }
        }
        return FRENCH;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

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
import java.util.stream.Collectors;

/**
 * French unless the visitor asks otherwise: ?lang=en (remembered in a cookie, not in a session, so that public
 * pages stay stateless), or a browser that prefers English.
 */
@Named("locale")
@RequestScoped
public class LocaleBacking {

    static final String PARAMETER = "lang";
    /** The link to the same page in the other language, as a part of a {@link PageFrame}. */
    public static final String SWITCH_PART = "language-switch";
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
        if (PageFrame.rendering(request)) {
            return PageFrame.mark(SWITCH_PART);
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        // Faces' request: the error page's, when an error page is rendered; the page's own outside Faces (frames)
        HttpServletRequest request = faces == null ? this.request
                : (HttpServletRequest) faces.getExternalContext().getRequest();
        String other = "en".equals(getLanguage()) ? "fr" : "en";
        String query = request.getParameterMap().entrySet().stream()
                .filter(e -> !e.getKey().equals(PARAMETER) && !e.getKey().startsWith("jakarta.faces"))
                .flatMap(e -> java.util.Arrays.stream(e.getValue()).map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        String uri = request.getRequestURI();
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
    static Locale preferred(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (PARAMETER.equals(cookie.getName())
                        && ("fr".equals(cookie.getValue()) || "en".equals(cookie.getValue()))) {
                    return Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        // the browser's languages in its order of preference; without an Accept-Language header the servlet
        // container answers with its own default locale, which must not decide: French then
        if (request.getHeader("Accept-Language") != null) {
            for (Iterator<Locale> it = request.getLocales().asIterator(); it.hasNext(); ) {
                String language = it.next().getLanguage();
                if ("fr".equals(language)) {
                    return FRENCH;
                }
                if ("en".equals(language)) {
                    return Locale.ENGLISH;
                }
            }
        }
        return FRENCH;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package fr.stages.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A cookie-keeping HTTP client that does not follow redirects, so that tests see them. French by default. */
public final class WebClient {

    public static final String BASE = "http://localhost:" + System.getProperty("stages.test.httpPort", "18080");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    final CookieManager cookies = new CookieManager();
    /**
     * HTTP/1.1, as browsers speak it without TLS: by default the JDK's client asks a plain connection to become
     * HTTP/2 (Upgrade: h2c), and once in a CI run (PostgreSQL, PublicSiteIT) it read the page's bytes as HTTP/2
     * frames (« Frame type(105) length(7618124) exceeds MAX_FRAME_SIZE »), failing a test about something else.
     */
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

    /** The network address this client's requests name, through the test domain's trusted proxy; null: its own. */
    private final String forwardedFor;

    public WebClient() {
        this(null);
    }

    private WebClient(String forwardedFor) {
        this.forwardedFor = forwardedFor;
    }

    /**
     * A candidate's browser on a network address of its own (198.18.0.0/15, reserved for tests), named by the
     * loopback proxy the test domain trusts (server-config: STAGES_TRUSTED_PROXIES): its sendings count against
     * its own allowance per network address, never against the one of the other tests on 127.0.0.1, so no test
     * fails for the order the classes ran in.
     */
    public static WebClient candidate() {
        int n = java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 1 << 17);
        return new WebClient("198." + (18 + (n >> 16)) + "." + ((n >> 8) & 255) + "." + (n & 255));
    }

    private HttpRequest own(HttpRequest request) {
        return forwardedFor == null ? request
                : HttpRequest.newBuilder(request, (name, value) -> true).header("X-Forwarded-For", forwardedFor).build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Accept-Language", "fr-FR,fr;q=0.9")
                .GET().build());
    }

    /** The answer at that path as bytes, with more request headers (name, value, …): conditional, compressed. */
    public HttpResponse<byte[]> getRaw(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Accept-Language", "fr-FR,fr;q=0.9");
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        try {
            return client.send(own(request.GET().build()), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The page at that path once it contains the text: offers written by a test with plain JDBC reach the search
     * index by its periodic check (every second in the test domain), not at once.
     */
    public HttpResponse<String> awaitBody(String path, String text) {
        long end = System.nanoTime() + 30_000_000_000L;
        HttpResponse<String> page = get(path);
        while (!page.body().contains(text)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited 30 s for « " + text + " » on " + path);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            page = get(path);
        }
        return page;
    }

    /** A search page's path for these keywords. */
    public static String search(String keywords) {
        return "/?q=" + java.net.URLEncoder.encode(keywords, java.nio.charset.StandardCharsets.UTF_8);
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Accept-Language", "fr-FR,fr;q=0.9")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A file field of a multipart form. */
    public record FilePart(String fileName, byte[] content) {
    }

    /**
     * Posts a multipart form as a browser does (fields repeated for multiple choices, files with their name), with
     * the page it came from as Referer.
     */
    public HttpResponse<String> postMultipart(String path, List<Map.Entry<String, String>> fields,
                                              Map<String, FilePart> files, String referer) {
        return postMultipart(path, fields, files, referer, new String[0]);
    }

    /** The same with more request headers (name, value, name, value…). */
    public HttpResponse<String> postMultipart(String path, List<Map.Entry<String, String>> fields,
                                              Map<String, FilePart> files, String referer, String... headers) {
        String boundary = "----stages" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, FilePart> file : files.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.getKey()
                    + "\"; filename=\"" + file.getValue().fileName() + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.getValue().content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Accept-Language", "fr-FR,fr;q=0.9")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (referer != null) {
            request.header("Referer", BASE + referer);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /**
     * Applies to that offer through the public form as a candidate's browser does (form, multipart sending,
     * redirect to the receipt, the receipt page read): this client then holds whatever a candidate holds. The
     * receipt's address.
     */
    public String applyTo(long offer, String firstName, String email) {
        String page = "/offers/apply.xhtml?offres=" + offer;
        String form = get(page).body();
        Matcher key = Pattern.compile("name=\"key\" value=\"([^\"]+)\"").matcher(form);
        if (!key.find()) {
            throw new IllegalStateException("no form key:\n" + form);
        }
        List<Map.Entry<String, String>> fields = List.of(Map.entry("key", key.group(1)),
                Map.entry("offres", Long.toString(offer)), Map.entry("email", email),
                Map.entry("firstName", firstName), Map.entry("lastName", "Candidat"), Map.entry("phone", ""),
                Map.entry("school", "IUT"), Map.entry("course", "BUT 2"), Map.entry("educationLevel", "BAC_2"),
                Map.entry("convention", "YES"), Map.entry("wishedStart", ""), Map.entry("wishedEnd", ""),
                Map.entry("message", ""), Map.entry("send", "Envoyer"));
        HttpResponse<String> sent = postMultipart(page, fields,
                Map.of("cv", new FilePart("cv.pdf", TestDatabase.onePagePdf())), page);
        String receipt = sent.headers().firstValue("Location").orElse("");
        if (sent.statusCode() != 302 || !receipt.contains("/offers/applied.xhtml")) {
            throw new IllegalStateException("application not sent: " + sent.statusCode() + "\n" + sent.body());
        }
        String path = receipt.substring(receipt.indexOf("/offers/"));
        if (get(path).statusCode() != 200) {
            throw new IllegalStateException("no receipt at " + path);
        }
        return path;
    }

    /** A POST of any body with that content type, as a robot could send it. */
    public HttpResponse<String> postRaw(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Bytes at that path (a download), with the client's cookies. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return client.send(own(HttpRequest.newBuilder(URI.create(BASE + path)).GET().build()),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Fills and submits the back-office login form, as a browser would. */
    public HttpResponse<String> login(String login, String password) {
        HttpResponse<String> page = get("/login.xhtml");
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new IllegalStateException("no view state on the login page:\n" + page.body());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", login);
        form.put("login:password", password);
        form.put("login:submit", "Se connecter");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        return post("/login.xhtml", form);
    }

    /** Posts a Faces form of an HTML page by pressing one of its buttons, with its view state. */
    public HttpResponse<String> submit(String html, String path, String formId, String button) {
        Matcher viewState = VIEW_STATE.matcher(html);
        if (!viewState.find()) {
            throw new IllegalStateException("no view state in the page");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.put(button, "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        form.putAll(nonce(html));
        return post(path, form);
    }

    /**
     * What PrimeFaces' script adds to every form a back-office page sends: the nonce the page was given (the page's
     * scripts are allowed by it, and a sending without it is refused). Empty for a page without PrimeFaces.
     */
    public static Map<String, String> nonce(String html) {
        Matcher nonce = NONCE.matcher(html);
        return nonce.find() ? Map.of("primefaces.nonce", nonce.group(1).replace("\\x3d", "=").replace("\\/", "/"))
                : Map.of();
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(own(request), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

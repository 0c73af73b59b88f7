package fr.stages.candidates.control;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import fr.stages.candidates.entity.ProviderSignIn;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The OpenID Connect provider candidates may sign in with (FranceConnect, or the city's own), as server-config
 * declares it: issuer, client id, scopes, acr_values and the name shown on the button in system properties
 * {@code stages.oidc.*}, the client secret in the password alias {@code stages-oidc-client-secret}. Off when no
 * issuer is set. Everything about the provider is learnt from its discovery document (endpoints, keys, the way it
 * wants the client to authenticate), kept an hour; its keys are fetched again when a token names one we do not
 * know (the provider rolled its keys).
 * <p>
 * Only the authorization code flow, with PKCE (S256), state and nonce. The provider is reached with short
 * timeouts and no redirection followed: an answer missing or wrong refuses the sign-in, it never hangs a thread.
 */
public final class OpenIdProvider {

    private static final Logger LOG = Logger.getLogger(OpenIdProvider.class.getName());
    private static final Duration KEEP = Duration.ofHours(1);
    private static final Duration KEYS_AGAIN_AFTER = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    private static final Map<String, Metadata> METADATA = new ConcurrentHashMap<>();
    private static final Map<String, Keys> KEYS = new ConcurrentHashMap<>();

    /** How the platform is declared to the provider. */
    public record Settings(String issuer, String clientId, String clientSecret, String scopes, Optional<String> acrValues,
                           String name) {
    }

    /** What the discovery document says, as far as we use it. */
    record Metadata(String issuer, String authorization, String token, Optional<String> userInfo, String jwks,
                    Optional<String> endSession, boolean basicAuthentication, Instant readAt) {
    }

    private record Keys(JWKSet set, Instant readAt) {
    }

    /** The person as the provider knows them. */
    public record Identity(String subject, Optional<String> email, Optional<Boolean> emailVerified,
                           Optional<String> givenName, Optional<String> familyName, String idToken) {
    }

    /** The provider did not answer, or answered what we refuse: the sign-in fails (the reason goes to the log). */
    public static final class Failure extends Exception {

        public Failure(String reason) {
            super(reason);
        }

        Failure(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private final Settings settings;

    private OpenIdProvider(Settings settings) {
        this.settings = settings;
    }

    /** The provider server-config declared, if any. */
    public static Optional<OpenIdProvider> configured() {
        return settings().map(OpenIdProvider::new);
    }

    /** The name shown on the sign-in button, when a provider is declared. */
    public static Optional<String> name() {
        return settings().map(Settings::name);
    }

    /**
     * The provider's origin (scheme, host, port of its issuer, where FranceConnect and the usual providers have
     * their sign-in and sign-out pages), for the candidate pages' form-action: a form's answer that redirects
     * there is otherwise blocked by the browser. Read from the system property alone: asked for every page.
     */
    public static Optional<String> origin() {
        String issuer = property("stages.oidc.issuer");
        if (issuer == null) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(issuer);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Optional<Settings> settings() {
        String issuer = property("stages.oidc.issuer");
        String clientId = property("stages.oidc.client-id");
        if (issuer == null || clientId == null) {
            return Optional.empty();
        }
        String secret = null;
        try {
            secret = ConfigProvider.getConfig().getOptionalValue("stages-oidc-client-secret", String.class)
                    .filter(s -> !s.isBlank()).orElse(null);
        } catch (RuntimeException e) {
            // no MicroProfile Config outside the server
        }
        if (secret == null) {
            return Optional.empty();
        }
        String scopes = Optional.ofNullable(property("stages.oidc.scopes")).orElse("openid,email,profile")
                .replace(',', ' ').strip();
        if (!(" " + scopes + " ").contains(" openid ")) {
            scopes = "openid " + scopes;
        }
        String name = Optional.ofNullable(property("stages.oidc.name")).orElse("FranceConnect").replace("%20", " ");
        return Optional.of(new Settings(issuer.replaceAll("/+$", ""), clientId, secret, scopes,
                Optional.ofNullable(property("stages.oidc.acr-values")).map(v -> v.replace(',', ' ')), name));
    }

    /** A system property's value; null when unset, blank, "off" or "none" (server-config's way to say unset). */
    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank() || value.strip().equals("off") || value.strip().equals("none")) {
            return null;
        }
        return value.strip();
    }

    public Settings getSettings() {
        return settings;
    }

    /** The address the browser is sent to, at the provider, to sign in. */
    public String authorizationUrl(ProviderSignIn attempt, String redirectUri) throws Failure {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("response_type", "code");
        parameters.put("client_id", settings.clientId());
        parameters.put("redirect_uri", redirectUri);
        parameters.put("scope", settings.scopes());
        parameters.put("state", attempt.getState());
        parameters.put("nonce", attempt.getNonce());
        parameters.put("code_challenge", attempt.challenge());
        parameters.put("code_challenge_method", "S256");
        settings.acrValues().ifPresent(acr -> parameters.put("acr_values", acr));
        parameters.put("ui_locales", attempt.getLanguage());
        String authorization = metadata().authorization();
        return authorization + (authorization.contains("?") ? "&" : "?") + form(parameters);
    }

    /**
     * Exchanges the code the provider gave the browser for tokens (with the PKCE verifier and the client's
     * secret), checks the ID token, then reads the user info (FranceConnect gives the identity there only; a
     * signed answer is checked too) for the same subject.
     */
    public Identity identify(String code, ProviderSignIn attempt, String redirectUri) throws Failure {
        Metadata metadata = metadata();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("grant_type", "authorization_code");
        parameters.put("code", code);
        parameters.put("redirect_uri", redirectUri);
        parameters.put("code_verifier", attempt.getVerifier());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(metadata.token()))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json");
        if (metadata.basicAuthentication()) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (encode(settings.clientId()) + ":" + encode(settings.clientSecret())).getBytes(StandardCharsets.UTF_8)));
        } else {
            parameters.put("client_id", settings.clientId());
            parameters.put("client_secret", settings.clientSecret());
        }
        HttpResponse<String> answer = send(request.POST(HttpRequest.BodyPublishers.ofString(form(parameters))).build());
        Map<String, Object> tokens = json(answer, "jetons");
        if (answer.statusCode() != 200) {
            throw new Failure("échange du code refusé par le fournisseur : HTTP " + answer.statusCode() + " "
                    + tokens.getOrDefault("error", "") + " " + tokens.getOrDefault("error_description", ""));
        }
        if (!(tokens.get("id_token") instanceof String idToken)) {
            throw new Failure("réponse du fournisseur sans id_token");
        }
        JWTClaimsSet claims = checked(metadata, set -> IdTokens.check(idToken, set, settings.clientSecret(),
                metadata.issuer(), settings.clientId(), attempt.getNonce(), Instant.now()));
        Map<String, Object> identity = new LinkedHashMap<>(claims.getClaims());
        if (metadata.userInfo().isPresent() && tokens.get("access_token") instanceof String accessToken) {
            Map<String, Object> info = userInfo(metadata, accessToken);
            if (!claims.getSubject().equals(info.get("sub"))) {
                throw new Failure("les informations de l'usager ne portent pas sur le sujet du jeton d'identité");
            }
            identity.putAll(info);
        }
        return new Identity(claims.getSubject(), text(identity.get("email")),
                identity.get("email_verified") instanceof Boolean verified ? Optional.of(verified)
                        : text(identity.get("email_verified")).map(Boolean::parseBoolean),
                text(identity.get("given_name")), text(identity.get("family_name")), idToken);
    }

    private Map<String, Object> userInfo(Metadata metadata, String accessToken) throws Failure {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(metadata.userInfo().orElseThrow()))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json, application/jwt").GET().build());
        if (answer.statusCode() != 200) {
            throw new Failure("informations de l'usager refusées : HTTP " + answer.statusCode());
        }
        String type = answer.headers().firstValue("Content-Type").orElse("").toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("application/jwt")) { // FranceConnect v2 signs them: checked like the ID token
            JWTClaimsSet claims = checked(metadata, set -> IdTokens.signedClaims(answer.body().strip(), set,
                    settings.clientSecret()));
            return claims.getClaims();
        }
        return json(answer, "informations de l'usager");
    }

    /** The provider's sign-out address for someone signed in with that ID token, back to {@code then}. */
    public Optional<String> signOutUrl(String idToken, String then) {
        try {
            return metadata().endSession().map(end -> {
                Map<String, String> parameters = new LinkedHashMap<>();
                parameters.put("id_token_hint", idToken);
                parameters.put("state", fr.stages.platform.LinkSecrets.draw());
                parameters.put("post_logout_redirect_uri", then);
                return end + (end.contains("?") ? "&" : "?") + form(parameters);
            });
        } catch (Failure e) {
            LOG.warning(() -> "Déconnexion du fournisseur OpenID Connect impossible : " + e.getMessage());
            return Optional.empty();
        }
    }

    private interface Check {
        JWTClaimsSet with(JWKSet keys) throws IdTokens.Refused;
    }

    /** A check with the provider's keys, once more with keys read again when it named a key we do not know. */
    private JWTClaimsSet checked(Metadata metadata, Check check) throws Failure {
        try {
            return check.with(keys(metadata, false));
        } catch (IdTokens.Refused refused) {
            if (refused.keyUnknown()) {
                try {
                    return check.with(keys(metadata, true));
                } catch (IdTokens.Refused again) {
                    throw new Failure(again.getMessage());
                }
            }
            throw new Failure(refused.getMessage());
        }
    }

    private JWKSet keys(Metadata metadata, boolean again) throws Failure {
        Keys known = KEYS.get(metadata.jwks());
        Instant now = Instant.now();
        boolean stale = known == null || known.readAt().plus(KEEP).isBefore(now)
                || again && known.readAt().plus(KEYS_AGAIN_AFTER).isBefore(now);
        if (!stale) {
            return known.set();
        }
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(metadata.jwks()))
                .timeout(Duration.ofSeconds(10)).header("Accept", "application/json").GET().build());
        try {
            if (answer.statusCode() != 200) {
                throw new Failure("clés du fournisseur illisibles : HTTP " + answer.statusCode());
            }
            JWKSet set = JWKSet.parse(answer.body());
            KEYS.put(metadata.jwks(), new Keys(set, now));
            return set;
        } catch (ParseException e) {
            throw new Failure("clés du fournisseur illisibles", e);
        }
    }

    Metadata metadata() throws Failure {
        Metadata known = METADATA.get(settings.issuer());
        if (known != null && known.readAt().plus(KEEP).isAfter(Instant.now())) {
            return known;
        }
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(settings.issuer()
                        + "/.well-known/openid-configuration")).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json").GET().build());
        if (answer.statusCode() != 200) {
            throw new Failure("document de découverte du fournisseur illisible : HTTP " + answer.statusCode());
        }
        Map<String, Object> document = json(answer, "document de découverte");
        String issuer = text(document.get("issuer")).orElse("");
        if (!settings.issuer().equals(issuer.replaceAll("/+$", ""))) { // the ID tokens must then name it exactly
            throw new Failure("le document de découverte nomme un autre émetteur : " + issuer);
        }
        Object methods = document.get("token_endpoint_auth_methods_supported");
        boolean basic = !(methods instanceof List<?> list) || list.isEmpty() || list.contains("client_secret_basic");
        Metadata metadata = new Metadata(issuer, required(document, "authorization_endpoint"),
                required(document, "token_endpoint"), text(document.get("userinfo_endpoint")),
                required(document, "jwks_uri"), text(document.get("end_session_endpoint")), basic, Instant.now());
        METADATA.put(settings.issuer(), metadata);
        return metadata;
    }

    private static String required(Map<String, Object> document, String name) throws Failure {
        return text(document.get(name)).orElseThrow(() -> new Failure("document de découverte sans " + name));
    }

    private static Optional<String> text(Object value) {
        return value instanceof String s && !s.isBlank() ? Optional.of(s.strip())
                : value instanceof Boolean b ? Optional.of(b.toString()) : Optional.empty();
    }

    private static HttpResponse<String> send(HttpRequest request) throws Failure {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Failure("fournisseur injoignable (" + request.uri().getHost() + ") : " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrompu en attendant le fournisseur", e);
        }
    }

    private static Map<String, Object> json(HttpResponse<String> answer, String what) throws Failure {
        try {
            return JSONObjectUtils.parse(answer.body());
        } catch (ParseException e) {
            throw new Failure(what + " : réponse du fournisseur illisible (HTTP " + answer.statusCode() + ")", e);
        }
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

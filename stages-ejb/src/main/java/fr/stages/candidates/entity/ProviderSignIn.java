package fr.stages.candidates.entity;

import fr.stages.platform.CityTime;
import fr.stages.platform.LinkSecrets;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;

/**
 * A sign-in begun at the OpenID Connect provider (FranceConnect, for instance), waiting for its answer. Four
 * random values of 256 bits: the state, sent to the provider and back, which names this row (only its hash is
 * kept); the browser's secret, kept in a cookie of the browser that began it (hash kept), so that an answer
 * brought to another browser signs nobody in there; the nonce, which the provider writes into the ID token; the
 * PKCE verifier, whose hash went with the request and which the code's exchange must show. Usable once, within
 * {@link #VALIDITY}.
 */
@Entity
@Table(name = "provider_sign_in")
public class ProviderSignIn {

    public static final Duration VALIDITY = Duration.ofMinutes(10);
    /** Sign-ins begun from one network address in {@link SignInLink#WINDOW}. */
    public static final int MAX_PER_NETWORK = 60;

    @Id
    @SequenceGenerator(name = "provider_sign_in_seq", sequenceName = "provider_sign_in_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provider_sign_in_seq")
    private Long id;

    @Column(name = "state_hash", nullable = false, unique = true, length = 64)
    private String stateHash;

    @Column(name = "browser_hash", nullable = false, length = 64)
    private String browserHash;

    @Column(nullable = false, length = 64)
    private String nonce;

    @Column(nullable = false, length = 64)
    private String verifier;

    @Column(name = "client_hash", nullable = false, length = 64)
    private String clientHash;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    /** Known by this instance only, for the redirection to the provider and the browser's cookie. */
    private transient String state;
    private transient String browserSecret;

    protected ProviderSignIn() {
    }

    public ProviderSignIn(String clientHash, String language) {
        this.state = LinkSecrets.draw();
        this.stateHash = LinkSecrets.hash(state);
        this.browserSecret = LinkSecrets.draw();
        this.browserHash = LinkSecrets.hash(browserSecret);
        this.nonce = LinkSecrets.draw();
        this.verifier = LinkSecrets.draw(); // 43 characters: the least RFC 7636 allows, and 256 bits
        this.clientHash = clientHash;
        this.language = "en".equals(language) ? "en" : "fr";
        this.startedAt = CityTime.now();
        this.expiresAt = startedAt.plus(VALIDITY);
    }

    /** The hash under which a state is stored; null for what cannot be one of ours. */
    public static String hash(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return null;
        }
        return LinkSecrets.hash(secret.strip());
    }

    /** Whether this browser's secret is the one of the browser that began the sign-in. */
    public boolean begunBy(String browserSecret) {
        String hash = hash(browserSecret);
        return hash != null && MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
                browserHash.getBytes(StandardCharsets.US_ASCII));
    }

    public boolean isUsable(LocalDateTime now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** The PKCE challenge of the verifier (S256: Base64url of its SHA-256). */
    public String challenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Long getId() {
        return id;
    }

    public String getState() {
        return state;
    }

    public String getBrowserSecret() {
        return browserSecret;
    }

    public String getNonce() {
        return nonce;
    }

    public String getVerifier() {
        return verifier;
    }

    public String getLanguage() {
        return language;
    }
}

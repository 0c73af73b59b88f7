package fr.stages.candidates.entity;

import fr.stages.platform.CityTime;
import fr.stages.platform.EmailAddress;
import fr.stages.platform.LinkSecrets;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A one-time link that signs the owner of an address in: sent by mail, valid {@link #VALIDITY}, used once. The
 * secret is in the link only; the database keeps its SHA-256. Opening the link shows a page with a button: only
 * the button's POST uses it, so that a mail scanner that follows links does not spend it.
 * <p>
 * Every request leaves a row, used or not, for the rate limits: {@link #MAX_PER_ADDRESS} links to one address
 * and {@link #MAX_PER_NETWORK} requests from one network address in {@link #WINDOW}.
 */
@Entity
@Table(name = "sign_in_link")
public class SignInLink {

    public static final Duration VALIDITY = Duration.ofMinutes(15);
    public static final Duration WINDOW = Duration.ofHours(1);
    public static final int MAX_PER_ADDRESS = 5;
    public static final int MAX_PER_NETWORK = 30;

    @Id
    @SequenceGenerator(name = "sign_in_link_seq", sequenceName = "sign_in_link_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_in_link_seq")
    private Long id;

    @Column(nullable = false, length = EmailAddress.LENGTH)
    private String email;

    @Column(name = "secret_hash", nullable = false, unique = true, length = 64)
    private String secretHash;

    /** A keyed hash of the requester's network address (rate limits only). */
    @Column(name = "client_hash", nullable = false, length = 64)
    private String clientHash;

    /** The language of the page the link was asked from: the mail's and the account's. */
    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    /** Only this instance knows the secret, for the mail that carries it. */
    private transient String secret;

    protected SignInLink() {
    }

    public SignInLink(EmailAddress email, String clientHash, String language) {
        this.secret = LinkSecrets.draw();
        this.secretHash = hash(secret);
        this.email = email.value();
        this.clientHash = clientHash;
        this.language = "en".equals(language) ? "en" : "fr";
        this.requestedAt = CityTime.now();
        this.expiresAt = requestedAt.plus(VALIDITY);
    }

    /** The SHA-256 of a link's secret, as stored; null for what cannot be a secret of ours. */
    public static String hash(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return null;
        }
        return LinkSecrets.hash(secret.strip());
    }

    public boolean isUsable(LocalDateTime now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public Long getId() {
        return id;
    }

    public String getSecret() {
        return secret;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }
}

package fr.stages.accounts.entity;

import fr.stages.platform.CityTime;
import fr.stages.platform.LinkSecrets;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A link that lets one agent set their password once, until it expires: sent by mail when the password was
 * forgotten or the account is new. The secret is in the link only; the database keeps its SHA-256.
 */
@Entity
@Table(name = "password_link")
public class PasswordLink {

    public static final Duration FORGOTTEN = Duration.ofHours(1);
    public static final Duration NEW_ACCOUNT = Duration.ofDays(7);

    @Id
    @SequenceGenerator(name = "password_link_seq", sequenceName = "password_link_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_link_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agent_id")
    private Agent agent;

    @Column(name = "secret_hash", nullable = false, unique = true, length = 64)
    private String secretHash;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    /** Only this instance knows the secret, for the mail that carries it. */
    private transient String secret;

    protected PasswordLink() {
    }

    public PasswordLink(Agent agent, Duration validity) {
        this.secret = LinkSecrets.draw();
        this.secretHash = hash(secret);
        this.agent = agent;
        this.expiresAt = CityTime.now().plus(validity);
    }

    public static String hash(String secret) {
        return LinkSecrets.hash(secret);
    }

    public boolean isUsable(LocalDateTime now) {
        return usedAt == null && now.isBefore(expiresAt) && agent.isActive();
    }

    public void use() {
        usedAt = CityTime.now();
    }

    public String getSecret() {
        return secret;
    }

    public Agent getAgent() {
        return agent;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }
}

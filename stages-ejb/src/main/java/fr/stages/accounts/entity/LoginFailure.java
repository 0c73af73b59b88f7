package fr.stages.accounts.entity;

import fr.stages.platform.CityTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A failed login attempt for a login (existing or not), from a network address (a keyed hash of it), counted to
 * slow down password guessing without letting a guesser lock an agent out:
 * <ul>
 * <li>from an address where the login has signed in before ({@link KnownAddress}), MAX_FAILURES failures of that
 * login from that address make it wait (the agent's own mistakes);</li>
 * <li>from anywhere else, MAX_FAILURES failures of that login from all such addresses together make them all wait
 * (a guesser, however many addresses they use), while the agent still signs in from where they usually do;</li>
 * <li>MAX_ADDRESS_FAILURES failures from one address, whatever the logins, make that address wait (a guesser
 * trying many logins); a city's offices behind one address make far fewer mistakes than that.</li>
 * </ul>
 */
@Entity
@Table(name = "login_failure")
public class LoginFailure {

    /** Failures allowed in the window before the login is refused until the window has passed. */
    public static final int MAX_FAILURES = 5;
    /** Failures allowed from one address, any logins, in the window. */
    public static final int MAX_ADDRESS_FAILURES = 30;
    public static final int WINDOW_MINUTES = 15;

    /** Why a sign-in must wait, and how many minutes (at least one). */
    public record Wait(boolean wholeAddress, long minutes) {
    }

    @Id
    @SequenceGenerator(name = "login_failure_seq", sequenceName = "login_failure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_failure_seq")
    private Long id;

    @Column(nullable = false, length = 254)
    private String login;

    @Column(name = "failed_at", nullable = false)
    private LocalDateTime failedAt;

    /** Null for the failures counted before addresses were (V14). */
    @Column(name = "client_hash", length = 64)
    private String clientHash;

    protected LoginFailure() {
    }

    public LoginFailure(String login, String clientHash) {
        this.login = login;
        this.clientHash = clientHash;
        this.failedAt = CityTime.now();
    }

    public LocalDateTime getFailedAt() {
        return failedAt;
    }
}

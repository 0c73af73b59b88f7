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

/** A failed login attempt for a login (existing or not), counted to slow down password guessing. */
@Entity
@Table(name = "login_failure")
public class LoginFailure {

    /** Failures allowed in the window before the login is refused until the window has passed. */
    public static final int MAX_FAILURES = 5;
    public static final int WINDOW_MINUTES = 15;

    @Id
    @SequenceGenerator(name = "login_failure_seq", sequenceName = "login_failure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_failure_seq")
    private Long id;

    @Column(nullable = false, length = 254)
    private String login;

    @Column(name = "failed_at", nullable = false)
    private LocalDateTime failedAt;

    protected LoginFailure() {
    }

    public LoginFailure(String login) {
        this.login = login;
        this.failedAt = CityTime.now();
    }

    public LocalDateTime getFailedAt() {
        return failedAt;
    }
}

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
 * A forgotten-password request from a network address (keyed hash), for any login, known or not: past
 * MAX_PER_HOUR from one address in an hour, nothing more is sent from there (the answer stays the same).
 */
@Entity
@Table(name = "reset_request")
public class ResetRequest {

    public static final int MAX_PER_HOUR = 10;

    @Id
    @SequenceGenerator(name = "reset_request_seq", sequenceName = "reset_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reset_request_seq")
    private Long id;

    @Column(name = "client_hash", nullable = false, length = 64)
    private String clientHash;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    protected ResetRequest() {
    }

    public ResetRequest(String clientHash) {
        this.clientHash = clientHash;
        this.requestedAt = CityTime.now();
    }
}

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
 * A network address (as a keyed hash) from which a login has signed in: from there, its agent keeps their own
 * allowance of mistakes, whatever is tried against the login from elsewhere.
 */
@Entity
@Table(name = "known_address")
public class KnownAddress {

    /** An address not used to sign in for that long is a stranger again. */
    public static final int REMEMBERED_DAYS = 180;

    @Id
    @SequenceGenerator(name = "known_address_seq", sequenceName = "known_address_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "known_address_seq")
    private Long id;

    @Column(nullable = false, length = 254)
    private String login;

    @Column(name = "client_hash", nullable = false, length = 64)
    private String clientHash;

    @Column(name = "last_success", nullable = false)
    private LocalDateTime lastSuccess;

    protected KnownAddress() {
    }

    public KnownAddress(String login, String clientHash) {
        this.login = login;
        this.clientHash = clientHash;
        this.lastSuccess = CityTime.now();
    }

    public void signedInAgain() {
        lastSuccess = CityTime.now();
    }
}

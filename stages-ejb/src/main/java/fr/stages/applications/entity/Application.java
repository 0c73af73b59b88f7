package fr.stages.applications.entity;

import fr.stages.offers.entity.Offer;
import fr.stages.platform.CityTime;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDateTime;
import java.util.Objects;

@Entity
public class Application {

    @Id
    @SequenceGenerator(name = "application_seq", sequenceName = "application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "offer_id")
    private Offer offer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status;

    @Embedded
    private Candidate candidate;

    @Column(length = 5000)
    private String message;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    protected Application() {
    }

    public Application(Offer offer, Candidate candidate, String message) {
        this.offer = Objects.requireNonNull(offer);
        this.candidate = Objects.requireNonNull(candidate);
        this.message = message;
        this.reference = References.next("C");
        this.status = ApplicationStatus.RECEIVED;
        this.receivedAt = CityTime.now();
    }

    /** For loading history (demo data, imports). */
    public void backdate(LocalDateTime when) {
        this.receivedAt = when;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Offer getOffer() {
        return offer;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Candidate getCandidate() {
        return candidate;
    }

    public String getMessage() {
        return message;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }
}

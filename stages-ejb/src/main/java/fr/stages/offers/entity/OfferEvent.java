package fr.stages.offers.entity;

import fr.stages.accounts.entity.Agent;
import fr.stages.platform.CityTime;
import jakarta.persistence.Column;
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
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One line of an offer's history: what was done, by whom (nobody: the platform, e.g. the nightly expiry), when,
 * and a detail (the fields an edit changed, the reference a duplicate came from). Written by the offer itself.
 */
@Entity
@Table(name = "offer_event")
public class OfferEvent {

    @Id
    @SequenceGenerator(name = "offer_event_seq", sequenceName = "offer_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offer_event_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "offer_id")
    private Offer offer;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Agent author;

    @Column(name = "author_name", length = 200)
    private String authorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OfferAction action;

    @Column(length = 500)
    private String detail;

    protected OfferEvent() {
    }

    OfferEvent(Offer offer, Agent author, OfferAction action, String detail) {
        this.offer = offer;
        this.occurredAt = CityTime.now();
        this.author = author;
        this.authorName = author == null ? null : author.getDisplayName();
        this.action = action;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getAuthorName() {
        return authorName;
    }

    public OfferAction getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}

package fr.stages.offers.boundary;

import fr.stages.accounts.boundary.Agents;
import fr.stages.accounts.entity.Agent;
import fr.stages.accounts.entity.Role;
import fr.stages.offers.entity.Offer;
import fr.stages.offers.entity.OfferRow;
import fr.stages.offers.entity.OfferStatus;
import fr.stages.offers.entity.OfferSummary;
import fr.stages.platform.CityTime;
import fr.stages.platform.GoneException;
import fr.stages.platform.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;

@Stateless
public class Offers {

    private static final Logger LOG = Logger.getLogger(Offers.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    Agents agents;

    /** Offers candidates can apply to today, newest first. */
    @PermitAll
    public List<OfferSummary> published() {
        return em.createNamedQuery(Offer.PUBLIC_SUMMARIES, OfferSummary.class)
                .setParameter("today", CityTime.today())
                .getResultList();
    }

    /**
     * One offer as the public sees it. An offer that was online and left (filled, expired, unpublished) is gone;
     * a draft or an unknown id is not found.
     */
    @PermitAll
    public Offer published(long id) {
        return em.createNamedQuery(Offer.PUBLIC_DETAIL, Offer.class)
                .setParameter("id", id)
                .setParameter("today", CityTime.today())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> {
                    Offer offer = em.find(Offer.class, id);
                    return offer != null && offer.getPublishedAt() != null
                            ? new GoneException("offer " + id, offer.getTitle())
                            : new NotFoundException("offer " + id);
                });
    }

    /**
     * The offers the caller manages (their service's for a service agent, their direction's for a correspondent,
     * every direction's for the internship office), last changed first.
     */
    @RolesAllowed({Role.AGENT_NAME, Role.CORRESPONDENT_NAME, Role.OFFICE_NAME})
    public List<OfferRow> ofMyDirection() {
        Agent agent = agents.current();
        return em.createNamedQuery(Offer.BACK_OFFICE_ROWS, Object[].class)
                .setParameter("everyDirection", agent.seesEveryDirection())
                .setParameter("direction", agent.seesEveryDirection() ? -1L : agent.getDirection().getId())
                .setParameter("service", agent.serviceScope() == null ? -1L : agent.serviceScope().getId())
                .getResultList().stream()
                .map(r -> new OfferRow((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (OfferStatus) r[5], (LocalDate) r[6], (LocalDateTime) r[7], ((Number) r[8]).longValue()))
                .toList();
    }

    /** One offer the caller manages; any other answers as if it did not exist. */
    @RolesAllowed({Role.AGENT_NAME, Role.CORRESPONDENT_NAME, Role.OFFICE_NAME})
    public Offer ofMyDirection(long id) {
        Agent agent = agents.current();
        return em.createNamedQuery(Offer.DETAIL, Offer.class)
                .setParameter("id", id)
                .getResultStream()
                .filter(offer -> offer.isManagedBy(agent))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("offer " + id));
    }

    /** Every night, published offers whose deadline has passed leave the site (lists filter them already). */
    @Schedule(hour = "0", minute = "5", persistent = false)
    @PermitAll
    public void expireOverdue() {
        LocalDate today = CityTime.today();
        long expired = em.createNamedQuery(Offer.OVERDUE, Offer.class)
                .setParameter("today", today)
                .getResultStream()
                .filter(offer -> offer.expireIfOverdue(today))
                .count();
        LOG.info(() -> "Offres arrivées à échéance et retirées du site : " + expired);
    }
}

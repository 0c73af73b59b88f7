package fr.stages.offers.boundary;

import fr.stages.accounts.boundary.Agents;
import fr.stages.accounts.entity.Agent;
import fr.stages.accounts.entity.Role;
import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.JobFamily;
import fr.stages.directions.entity.Place;
import fr.stages.directions.entity.Service;
import fr.stages.offers.entity.Offer;
import fr.stages.offers.entity.OfferForm;
import fr.stages.offers.entity.OfferRow;
import fr.stages.offers.entity.OfferStatus;
import fr.stages.offers.entity.OfferSummary;
import fr.stages.platform.CityTime;
import fr.stages.platform.FieldError;
import fr.stages.platform.GoneException;
import fr.stages.platform.InvalidInputException;
import fr.stages.platform.NotFoundException;
import fr.stages.platform.TimerRuns;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

@Stateless
@Interceptors(TimerRuns.class)
public class Offers {

    private static final Logger LOG = Logger.getLogger(Offers.class.getName());

    @Resource
    SessionContext context;

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
        long direction = agent.seesEveryDirection() ? -1L : agent.getDirection().getId();
        long service = agent.serviceScope() == null ? -1L : agent.serviceScope().getId();
        return em.createNamedQuery(Offer.BACK_OFFICE_ROWS, Object[].class)
                .setParameter("everyDirection", agent.seesEveryDirection())
                .setParameter("direction", direction)
                .setParameter("service", service)
                .getResultList().stream()
                .map(r -> new OfferRow((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (OfferStatus) r[5], (LocalDate) r[6], (LocalDateTime) r[7]))
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

    /**
     * The services the caller may write offers for: their own for a service agent, the direction's for a
     * correspondent or a direction agent (who may also leave the service empty), every one for the office.
     */
    @RolesAllowed({Role.AGENT_NAME, Role.CORRESPONDENT_NAME, Role.OFFICE_NAME})
    public List<Service> servicesForMe() {
        Agent agent = agents.current();
        if (agent.serviceScope() != null) {
            return List.of(em.find(Service.class, agent.serviceScope().getId()));
        }
        return em.createQuery("""
                        select s from Service s join fetch s.direction d
                        where :everyDirection = true or d.id = :direction order by d.name, s.name""", Service.class)
                .setParameter("everyDirection", agent.seesEveryDirection())
                .setParameter("direction", agent.seesEveryDirection() ? -1L : agent.getDirection().getId())
                .getResultList();
    }

    /** A new draft of the caller's (their service's, or the chosen one's), every field checked at once. */
    @RolesAllowed({Role.AGENT_NAME, Role.CORRESPONDENT_NAME, Role.OFFICE_NAME})
    public Offer create(OfferForm form) {
        Agent agent = agents.current();
        List<FieldError> errors = new ArrayList<>(form.errors());
        Service service = service(agent, form.getServiceId(), errors);
        JobFamily family = form.getJobFamilyId() == null ? null : em.find(JobFamily.class, form.getJobFamilyId());
        Place place = form.getPlaceId() == null ? null : em.find(Place.class, form.getPlaceId());
        references(errors, form, family, place);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Direction direction = service != null ? service.getDirection() : em.find(Direction.class,
                agent.getDirection().getId());
        Offer offer = Offer.written(direction, service, family, place, form, agent);
        em.persist(offer); // the sequence gives the id now: the reference goes into the same insert
        offer.assignReference();
        return offer;
    }

    /** The caller's offer takes the form's values; the history names what changed. */
    @RolesAllowed({Role.AGENT_NAME, Role.CORRESPONDENT_NAME, Role.OFFICE_NAME})
    public Offer update(long id, OfferForm form) {
        Agent agent = agents.current();
        Offer offer = ofMyDirection(id);
        List<FieldError> errors = new ArrayList<>(form.errors());
        Service service = service(agent, form.getServiceId(), errors);
        if (service != null && !service.getDirection().getId().equals(offer.getDirection().getId())) {
            errors.add(new FieldError("service", "offer.service.otherDirection"));
        }
        JobFamily family = form.getJobFamilyId() == null ? null : em.find(JobFamily.class, form.getJobFamilyId());
        Place place = form.getPlaceId() == null ? null : em.find(Place.class, form.getPlaceId());
        references(errors, form, family, place);
        if (offer.getStatus() == fr.stages.offers.entity.OfferStatus.PUBLISHED && form.getDeadline() != null
                && form.getDeadline().isBefore(CityTime.today())) {
            errors.add(new FieldError("deadline", "offer.publish.deadlinePassed", form.getDeadline()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        offer.edit(service, family, place, form, agent);
        return offer;
    }

    @RolesAllowed({Role.AGENT_NAME, Role.CORRESPONDENT_NAME, Role.OFFICE_NAME})
    public Offer publish(long id) {
        Offer offer = ofMyDirection(id);
        offer.publish(CityTime.today(), agents.current());
        return offer;
    }

    @RolesAllowed({Role.AGENT_NAME, Role.CORRESPONDENT_NAME, Role.OFFICE_NAME})
    public Offer unpublish(long id) {
        Offer offer = ofMyDirection(id);
        offer.unpublish(agents.current());
        return offer;
    }

    /** A new draft copying one of the caller's offers (not its dates' history nor its applications). */
    @RolesAllowed({Role.AGENT_NAME, Role.CORRESPONDENT_NAME, Role.OFFICE_NAME})
    public Offer duplicate(long id) {
        Offer copy = ofMyDirection(id).duplicate(agents.current());
        em.persist(copy);
        copy.assignReference();
        return copy;
    }

    /** One of the caller's offers with its history, for its page. */
    @RolesAllowed({Role.AGENT_NAME, Role.CORRESPONDENT_NAME, Role.OFFICE_NAME})
    public Offer withHistory(long id) {
        Offer offer = ofMyDirection(id);
        offer.getHistory().size();
        return offer;
    }

    /** The service an offer is for: a service agent's own whatever the form says; else the chosen one, in scope. */
    private Service service(Agent agent, Long serviceId, List<FieldError> errors) {
        if (agent.serviceScope() != null) {
            return em.find(Service.class, agent.serviceScope().getId());
        }
        if (serviceId == null) {
            if (agent.seesEveryDirection()) {
                errors.add(new FieldError("service", "offer.service.required"));
            }
            return null;
        }
        Service service = em.find(Service.class, serviceId);
        if (service == null || !agent.actsFor(service.getDirection())) {
            errors.add(new FieldError("service", "offer.service.required"));
            return null;
        }
        return service;
    }

    private static void references(List<FieldError> errors, OfferForm form, JobFamily family, Place place) {
        if (form.getJobFamilyId() != null && family == null) {
            errors.add(new FieldError("jobFamily", "offer.jobFamily.required"));
        }
        if (form.getPlaceId() != null && place == null) {
            errors.add(new FieldError("place", "offer.place.required"));
        }
    }

    /** The timer's run of expireOverdue, in a transaction of its own (platform.TimerRuns says why). */
    @Schedule(hour = "0", minute = "5", persistent = false, timezone = CityTime.ZONE_NAME)
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void scheduled() {
        context.getBusinessObject(Offers.class).expireOverdue();
    }

    /** Every night, published offers whose deadline has passed leave the site (lists filter them already). */
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

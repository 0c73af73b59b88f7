package fr.stages.directions.boundary;

import fr.stages.platform.EmailAddress;
import fr.stages.accounts.boundary.Agents;
import fr.stages.accounts.entity.Agent;
import fr.stages.accounts.entity.Role;
import fr.stages.directions.entity.Direction;
import fr.stages.platform.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** What a direction's correspondent decides for the whole direction. */
@Stateless
@RolesAllowed(Role.CORRESPONDENT_NAME)
public class DirectionSettings {

    @PersistenceContext
    EntityManager em;

    @EJB
    Agents agents;

    /** The correspondent's own direction. */
    public Direction mine() {
        return direction(agents.current());
    }

    /**
     * Designates the address that receives, besides each offer's author, a notice of every application to the
     * direction's offers; blank: nobody else. An address that is not one is refused with the reason.
     */
    public Direction designateNoticeAddress(String address) {
        Direction direction = direction(agents.current());
        if (address == null || address.isBlank()) {
            direction.designateNoticeAddress(null);
            return direction;
        }
        try {
            direction.designateNoticeAddress(EmailAddress.of(address).value());
        } catch (BusinessException e) {
            throw new BusinessException("direction.noticeEmail.invalid", address.strip());
        }
        return direction;
    }

    /** After how many days without an answer the direction's applications are flagged and reminded. */
    public Direction expectAnswersWithin(int days) {
        Direction direction = direction(agents.current());
        direction.expectAnswersWithin(days);
        return direction;
    }

    private Direction direction(Agent agent) {
        if (agent.getDirection() == null) {
            throw new SecurityException("a correspondent without a direction: " + agent.getLogin());
        }
        return em.find(Direction.class, agent.getDirection().getId());
    }
}

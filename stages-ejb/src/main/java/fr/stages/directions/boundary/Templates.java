package fr.stages.directions.boundary;

import fr.stages.accounts.boundary.Agents;
import fr.stages.accounts.entity.Role;
import fr.stages.directions.control.StandardTemplates;
import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.MessageTemplate;
import fr.stages.directions.entity.TemplateKind;
import fr.stages.platform.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The rejection and invitation texts of each direction: read by its agents when they answer candidates,
 * written by its correspondent. A direction that wrote none uses the platform's.
 */
@Stateless
public class Templates {

    @PersistenceContext
    EntityManager em;

    @EJB
    Agents agents;

    @EJB
    DirectionSettings settings;

    /** The templates agents of that direction start from; another direction's answer as if it did not exist. */
    @RolesAllowed({Role.AGENT_NAME, Role.CORRESPONDENT_NAME, Role.OFFICE_NAME})
    public List<MessageTemplate> of(long directionId, TemplateKind kind) {
        Direction direction = em.find(Direction.class, directionId);
        if (direction == null || !agents.current().actsFor(direction)) {
            throw new NotFoundException("direction " + directionId);
        }
        return templates(direction, kind);
    }

    /** The correspondent's direction's templates of that kind (the platform's while it wrote none). */
    @RolesAllowed(Role.CORRESPONDENT_NAME)
    public List<MessageTemplate> mine(TemplateKind kind) {
        return templates(settings.mine(), kind);
    }

    /**
     * Writes a template of the correspondent's direction: a new one (id null) or one of its own. The first one a
     * direction writes of a kind starts from a copy of the platform's, which it may then change or delete.
     */
    @RolesAllowed(Role.CORRESPONDENT_NAME)
    public MessageTemplate save(Long id, TemplateKind kind, String name, String french, String english) {
        Direction direction = settings.mine();
        if (id == null) {
            if (stored(direction, kind).isEmpty()) {
                StandardTemplates.of(direction, kind).forEach(em::persist);
            }
            MessageTemplate template = new MessageTemplate(direction, kind, name, french, english);
            em.persist(template);
            return template;
        }
        MessageTemplate template = own(direction, id);
        template.word(name, french, english);
        return template;
    }

    /** Changes one of the platform's templates: the direction's copies are written first, then that one. */
    @RolesAllowed(Role.CORRESPONDENT_NAME)
    public MessageTemplate adopt(TemplateKind kind, int standardIndex, String name, String french, String english) {
        Direction direction = settings.mine();
        List<MessageTemplate> copies = StandardTemplates.of(direction, kind);
        if (!stored(direction, kind).isEmpty() || standardIndex < 0 || standardIndex >= copies.size()) {
            throw new NotFoundException("standard template " + standardIndex);
        }
        copies.forEach(em::persist);
        MessageTemplate template = copies.get(standardIndex);
        template.word(name, french, english);
        return template;
    }

    @RolesAllowed(Role.CORRESPONDENT_NAME)
    public void delete(long id) {
        em.remove(own(settings.mine(), id));
    }

    private List<MessageTemplate> templates(Direction direction, TemplateKind kind) {
        List<MessageTemplate> stored = stored(direction, kind);
        return stored.isEmpty() ? StandardTemplates.of(direction, kind) : stored;
    }

    private List<MessageTemplate> stored(Direction direction, TemplateKind kind) {
        return em.createNamedQuery(MessageTemplate.OF_DIRECTION, MessageTemplate.class)
                .setParameter("direction", direction.getId()).setParameter("kind", kind).getResultList();
    }

    private MessageTemplate own(Direction direction, long id) {
        MessageTemplate template = em.find(MessageTemplate.class, id);
        if (template == null || !template.getDirection().getId().equals(direction.getId())) {
            throw new NotFoundException("template " + id);
        }
        return template;
    }
}

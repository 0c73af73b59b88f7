package fr.stages.accounts.boundary;

import fr.stages.accounts.entity.Agent;
import fr.stages.accounts.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@Stateless
public class Agents {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** The logged-in agent, whose role and direction scope every back-office action. */
    @RolesAllowed({Role.AGENT_NAME, Role.CORRESPONDENT_NAME, Role.OFFICE_NAME})
    public Agent current() {
        String login = context.getCallerPrincipal().getName();
        return em.createNamedQuery(Agent.BY_LOGIN, Agent.class)
                .setParameter("login", login)
                .getResultStream()
                .findFirst()
                // the identity store let this caller in, so the row exists unless it was deleted meanwhile
                .orElseThrow(() -> new SecurityException("no agent for " + login));
    }
}

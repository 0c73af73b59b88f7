package fr.stages.web.accounts;

import fr.stages.accounts.boundary.Agents;
import fr.stages.accounts.entity.Agent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Who is logged in, for the back-office header. */
@Named("currentAgent")
@RequestScoped
public class CurrentAgent {

    @Inject
    Agents agents;

    private Agent agent;

    public Agent getAgent() {
        if (agent == null) {
            agent = agents.current();
        }
        return agent;
    }
}

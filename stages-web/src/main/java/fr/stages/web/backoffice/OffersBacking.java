package fr.stages.web.backoffice;

import fr.stages.accounts.boundary.Agents;
import fr.stages.accounts.entity.Agent;
import fr.stages.offers.boundary.Offers;
import fr.stages.offers.entity.OfferRow;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The back-office home: the offers of the agent's direction (all directions for the internship office). */
@Named
@ViewScoped
public class OffersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Offers offers;

    @Inject
    Agents agents;

    private List<OfferRow> rows;
    private String scope;

    @PostConstruct
    void load() {
        Agent agent = agents.current();
        scope = agent.seesEveryDirection() ? null : agent.getDirection().getName();
        rows = offers.ofMyDirection();
    }

    public List<OfferRow> getRows() {
        return rows;
    }

    /** The direction's name, or null for the internship office, which sees every direction. */
    public String getScope() {
        return scope;
    }
}

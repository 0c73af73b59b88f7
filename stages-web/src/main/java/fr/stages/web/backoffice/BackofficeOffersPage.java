package fr.stages.web.backoffice;

import fr.stages.accounts.boundary.Agents;
import fr.stages.accounts.entity.Agent;
import fr.stages.offers.boundary.Offers;
import fr.stages.applications.boundary.Applications;
import fr.stages.applications.entity.ApplicationCounts;
import fr.stages.offers.entity.OfferRow;
import fr.stages.offers.entity.OfferStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The back-office home: the offers of the agent's direction (all directions for the internship office). */
@Named("backofficeOffersPage")
@ViewScoped
public class BackofficeOffersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Offers offers;

    @Inject
    Agents agents;

    @Inject
    Applications applications;

    private List<OfferRow> all;
    private Map<Long, ApplicationCounts> counts;
    private List<OfferRow> rows;
    private String scope;
    /** The state shown ("TOUTES": every one), from the list's filter. */
    private String status = "TOUTES";

    @PostConstruct
    void load() {
        Agent agent = agents.current();
        scope = agent.seesEveryDirection() ? null : agent.getDirection().getName();
        all = offers.ofMyDirection();
        counts = applications.countsOfMyOffers();
        rows = new ArrayList<>(all);
    }

    /** The rows are a list of their own, that PrimeFaces may sort in place (a column header clicked). */
    public void filter() {
        rows = new ArrayList<>("TOUTES".equals(status) ? all
                : all.stream().filter(r -> r.status().name().equals(status)).toList());
    }

    public long count(String state) {
        return all.stream().filter(r -> r.status().name().equals(state)).count();
    }

    public int getTotal() {
        return all.size();
    }

    public OfferStatus[] getStatuses() {
        return OfferStatus.values();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public List<OfferRow> getRows() {
        return rows;
    }

    /** That offer's applications: how many, new, late. */
    public ApplicationCounts applications(OfferRow row) {
        return counts.getOrDefault(row.id(), ApplicationCounts.NONE);
    }

    /** The direction's name, or null for the internship office, which sees every direction. */
    public String getScope() {
        return scope;
    }
}

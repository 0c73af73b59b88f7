package fr.stages.web.backoffice;

import fr.stages.accounts.boundary.Agents;
import fr.stages.accounts.entity.Agent;
import fr.stages.directions.entity.Service;
import fr.stages.platform.BusinessException;
import fr.stages.platform.InvalidInputException;
import fr.stages.platform.NotFoundException;
import fr.stages.web.FormState;
import fr.stages.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The correspondent's agents: who has an account in the direction, a new one, an account closed or reopened. */
@Named("backofficeAgentsPage")
@ViewScoped
public class BackofficeAgentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Agents agents;

    @Inject
    Texts texts;

    @Inject
    FormState form;

    private List<Agent> list;
    private List<Service> services;
    private String displayName;
    private String email;
    private Long serviceId;

    @PostConstruct
    void load() {
        list = agents.ofMyDirection();
        services = agents.servicesOfMyDirection();
    }

    public void open() {
        try {
            Agent opened = agents.open(displayName, email, serviceId);
            form.done("agents.opened", opened.getDisplayName(), opened.getEmail());
            displayName = null;
            email = null;
            serviceId = null;
            list = agents.ofMyDirection();
        } catch (InvalidInputException e) {
            form.errors("open", e);
        }
    }

    public void toggle(Agent agent) {
        try {
            Agent changed = agents.setActive(agent.getId(), !agent.isActive());
            form.done(changed.isActive() ? "agents.reopened" : "agents.closed", changed.getDisplayName());
        } catch (BusinessException e) {
            form.error(null, e);
        } catch (NotFoundException e) {
            form.error(null, texts.get("agents.gone"));
        }
        list = agents.ofMyDirection();
    }

    public List<Agent> getList() {
        return list;
    }

    public List<Service> getServices() {
        return services;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }
}

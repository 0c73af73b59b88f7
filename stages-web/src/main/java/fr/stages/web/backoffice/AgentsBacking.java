package fr.stages.web.backoffice;

import fr.stages.accounts.boundary.Agents;
import fr.stages.accounts.entity.Agent;
import fr.stages.directions.entity.Service;
import fr.stages.platform.BusinessException;
import fr.stages.platform.FieldError;
import fr.stages.platform.InvalidInputException;
import fr.stages.platform.NotFoundException;
import fr.stages.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The correspondent's agents: who has an account in the direction, a new one, an account closed or reopened. */
@Named("agentsPage")
@ViewScoped
public class AgentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Agents agents;

    @Inject
    Texts texts;

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
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Agent opened = agents.open(displayName, email, serviceId);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    texts.get("agents.opened", opened.getDisplayName(), opened.getEmail()), null));
            displayName = null;
            email = null;
            serviceId = null;
            list = agents.ofMyDirection();
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                faces.addMessage("open:" + error.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        texts.error(error.key(), error.arguments()), null));
            }
            faces.validationFailed();
        }
    }

    public void toggle(Agent agent) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Agent changed = agents.setActive(agent.getId(), !agent.isActive());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get(changed.isActive()
                    ? "agents.reopened" : "agents.closed", changed.getDisplayName()), null));
        } catch (BusinessException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.error(e.key(), e.arguments()),
                    null));
        } catch (NotFoundException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get("agents.gone"), null));
        }
        list = agents.ofMyDirection();
    }

    public String invalid(String clientId) {
        return FacesContext.getCurrentInstance().getMessageList(clientId).isEmpty() ? "false" : "true";
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

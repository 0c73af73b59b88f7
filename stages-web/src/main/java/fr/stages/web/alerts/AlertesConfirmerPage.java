package fr.stages.web.alerts;

import fr.stages.alerts.boundary.Alerts;
import fr.stages.alerts.entity.SearchAlert;
import fr.stages.platform.BusinessException;
import fr.stages.platform.NotFoundException;
import fr.stages.web.FormState;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * alertes/confirmer.xhtml?alerte=&amp;cle=: the double opt-in of an alert made without an account. Opening the
 * link changes nothing (mail scanners open links); the button confirms. Stateless: the link's values go back in
 * hidden fields.
 */
@Named("alertesConfirmerPage")
@RequestScoped
public class AlertesConfirmerPage {

    @Inject
    Alerts alerts;

    @Inject
    FormState form;

    private long id;
    private String key;
    private SearchAlert alert;
    private boolean confirmed;

    @PostConstruct
    void link() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        key = parameters.get("cle");
        String number = parameters.get("alerte");
        id = number != null && number.matches("[0-9]{1,18}") ? Long.parseLong(number) : -1;
        alert = id < 0 ? null : alerts.ofLink(id, key, true).orElse(null);
    }

    public void confirm() {
        try {
            alert = alerts.confirm(id, key);
            confirmed = true;
        } catch (NotFoundException e) {
            alert = null;
        } catch (BusinessException e) {
            form.error(null, e);
        }
    }

    /** The alert the link names, or null when the link is not (or no longer) valid. */
    public SearchAlert getAlert() {
        return alert;
    }

    public boolean isConfirmed() {
        return confirmed || (alert != null && alert.isConfirmed());
    }

    public long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }
}

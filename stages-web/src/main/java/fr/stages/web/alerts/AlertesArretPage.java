package fr.stages.web.alerts;

import fr.stages.alerts.boundary.Alerts;
import fr.stages.alerts.entity.SearchAlert;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * alertes/arret.xhtml: the page of a digest's unsubscribe link — the alert it stops and a button that posts to
 * {@link AlertStopServlet}; then, after the stop, what was stopped.
 */
@Named("alertesArretPage")
@RequestScoped
public class AlertesArretPage {

    @Inject
    Alerts alerts;

    private SearchAlert alert;
    private String id;
    private String key;
    private String stopped;

    @PostConstruct
    void link() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        id = parameters.get("alerte");
        key = parameters.get("cle");
        stopped = parameters.get("arretee");
        if (id != null && id.matches("[0-9]{1,18}")) {
            alert = alerts.ofLink(Long.parseLong(id), key, false).orElse(null);
        }
    }

    public SearchAlert getAlert() {
        return alert;
    }

    /** The name of the alert just stopped ("" when it was stopped already), or null before any stop. */
    public String getStopped() {
        return stopped;
    }

    public String getId() {
        return id;
    }

    public String getKey() {
        return key;
    }
}

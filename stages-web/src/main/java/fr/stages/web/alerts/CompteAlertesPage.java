package fr.stages.web.alerts;

import fr.stages.alerts.entity.SearchAlert;
import fr.stages.candidates.boundary.CandidateAccounts;
import fr.stages.platform.NotFoundException;
import fr.stages.search.entity.OfferCriteria;
import fr.stages.web.FormState;
import fr.stages.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * compte/alertes.xhtml (« Mes alertes »): the signed-in candidate's alerts — name, rhythm, the search, whether
 * it waits for its confirmation — each with its search's page and a button that deletes it. Stateless; every
 * action takes the account from the caller: another person's alert is not found.
 */
@Named("compteAlertesPage")
@RequestScoped
public class CompteAlertesPage {

    @Inject
    CandidateAccounts accounts;

    @Inject
    FormState form;

    @Inject
    Texts texts;

    private List<SearchAlert> alerts;

    public List<SearchAlert> getAlerts() {
        if (alerts == null) {
            alerts = accounts.alerts();
        }
        return alerts;
    }

    /** « 2 alertes sur 10 ». */
    public String getTitle() {
        return texts.get("alert.mine.count", getAlerts().size(), SearchAlert.MAX_PER_ADDRESS);
    }

    /** The alert's search, in words: its keywords and how many filters. */
    public String describe(SearchAlert alert) {
        OfferCriteria criteria = alert.criteria();
        int filters = criteria.filters().values().stream().mapToInt(java.util.Set::size).sum();
        return (criteria.hasKeywords() ? texts.get("alert.new.keywords", criteria.keywords())
                : texts.get("alert.new.noKeywords")) + " – " + texts.get("alert.new.filters", filters);
    }

    public String searchUrl(SearchAlert alert) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/"
                + (alert.getQuery().isEmpty() ? "" : "?" + alert.getQuery());
    }

    public void delete(long alertId) {
        try {
            form.done("alert.mine.deleted", accounts.deleteAlert(alertId).getName());
        } catch (NotFoundException e) {
            form.error(null, texts.get("alert.mine.gone"));
        }
        alerts = null;
    }
}

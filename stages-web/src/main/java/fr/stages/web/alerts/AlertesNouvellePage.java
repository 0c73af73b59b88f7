package fr.stages.web.alerts;

import fr.stages.alerts.boundary.Alerts;
import fr.stages.alerts.entity.Frequency;
import fr.stages.alerts.entity.SearchAlert;
import fr.stages.candidates.boundary.CandidateAccounts;
import fr.stages.candidates.entity.CandidateAccount;
import fr.stages.platform.BusinessException;
import fr.stages.platform.FieldError;
import fr.stages.platform.InvalidInputException;
import fr.stages.search.entity.Filter;
import fr.stages.search.entity.OfferCriteria;
import fr.stages.web.FormState;
import fr.stages.web.SiteLanguage;
import fr.stages.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Set;
import java.util.logging.Logger;

/**
 * alertes/nouvelle.xhtml: the search one was looking at (its query string) saved as an alert with a name and a
 * rhythm. Signed in as a candidate: on their address, active at once, then « Mes alertes ». Otherwise: an address
 * to type, and the same answer whatever it is (a link to confirm is mailed to it). Stateless: the search goes
 * from the page to its sending in a hidden field.
 */
@Named("alertesNouvellePage")
@RequestScoped
public class AlertesNouvellePage {

    private static final Logger LOG = Logger.getLogger(AlertesNouvellePage.class.getName());

    @Inject
    Alerts alerts;

    @Inject
    CandidateAccounts accounts;

    @Inject
    FormState form;

    @Inject
    SiteLanguage language;

    @Inject
    Texts texts;

    private OfferCriteria criteria;
    private String name;
    private Frequency frequency = Frequency.DAILY;
    private String email;
    private String sentTo;

    @PostConstruct
    void search() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String kept = external.getRequestParameterMap().get("recherche");
        criteria = kept != null ? OfferCriteria.of(SearchAlert.parameters(kept))
                : OfferCriteria.of(((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getParameterMap());
        name = criteria.hasKeywords() ? criteria.keywords() : texts.get("alert.defaultName");
        if (name.length() > SearchAlert.NAME_LENGTH) {
            name = name.substring(0, SearchAlert.NAME_LENGTH).strip();
        }
    }

    public boolean isCandidate() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(CandidateAccount.ROLE);
    }

    public void save() throws IOException {
        String chosen = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("frequence");
        frequency = "WEEKLY".equals(chosen) ? Frequency.WEEKLY : "DAILY".equals(chosen) ? Frequency.DAILY : null;
        try {
            if (isCandidate()) {
                accounts.saveAlert(name, criteria, frequency);
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                external.redirect(external.getRequestContextPath() + "/compte/alertes.xhtml?creee=1");
                return;
            }
            alerts.save(name, criteria, frequency, email, language.getLanguage());
            sentTo = email.strip();
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) { // the name and address next to their field, the rest on top
                boolean field = "name".equals(error.field()) || "email".equals(error.field());
                form.error(field ? "alerte:" + error.field() : null, texts.error(error.key(), error.arguments()));
            }
        } catch (BusinessException e) {
            form.error(null, e);
        } catch (EJBException e) {
            LOG.warning(() -> "Alerte non enregistrée : " + e);
            form.error(null, texts.get("alert.failed"));
        }
    }

    /** The search kept by the form (keywords and filters). */
    public String getRecherche() {
        return SearchAlert.queryOf(criteria);
    }

    /** The search's page. */
    public String getSearchUrl() {
        String query = getRecherche();
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/"
                + (query.isEmpty() ? "" : "?" + query);
    }

    public String getKeywords() {
        return criteria.keywords();
    }

    /** How many filter values the search has chosen. */
    public int getFilterCount() {
        return criteria.filters().values().stream().mapToInt(Set::size).sum();
    }

    public Filter[] getFilters() {
        return Filter.values();
    }

    public Frequency[] getFrequencies() {
        return Frequency.values();
    }

    public String getSentTo() {
        return sentTo;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}

package fr.stages.web.offers;

import fr.stages.applications.boundary.Applications;
import fr.stages.offers.boundary.Offers;
import fr.stages.offers.entity.Offer;
import fr.stages.platform.NotFoundException;
import fr.stages.web.CandidateFormPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The application form for one or several offers (?offres=12,34). Stateless like every public page: the
 * form's key (a hidden field made when the form is shown) makes a second sending of the same form answer the
 * first one's applications instead of new ones.
 */
@Named("applyPage")
@RequestScoped
public class ApplyBacking extends CandidateFormPage {

    /** The receipt page; ApplyWithoutFaces redirects to the same address. */
    static final String RECEIPT = "/offers/applied.xhtml";
    private static final String DONE = RECEIPT + "?faces-redirect=true&envoi=";

    @Inject
    Applications applications;

    @Inject
    Offers offers;

    private String offerIds;
    private List<Offer> chosen;

    /** The offers of the query string that are open today; the page says so when one is not. */
    public List<Offer> getChosen() {
        if (chosen == null) {
            chosen = open(offers, ids());
        }
        return chosen;
    }

    /** Those of the offers that are open today, in the order asked; the others are left out. */
    static List<Offer> open(Offers offers, List<Long> ids) {
        List<Offer> open = new ArrayList<>();
        for (Long id : ids) {
            try {
                open.add(offers.published(id));
            } catch (NotFoundException e) {
                // shown as "no longer open" by the page through the difference of counts
            }
        }
        return open;
    }

    public boolean isSomeClosed() {
        return getChosen().size() < ids().size();
    }

    /**
     * The offers asked for, read from the request itself: on a sending, the page asks (to decide what to
     * render) before Faces has set any value, and the view keeps no state to remember them.
     */
    private List<Long> ids() {
        return offerIds(offerIds != null ? offerIds
                : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("offres"));
    }

    /** The ids of ?offres=12,34: digits only, each once, at most as many as one form may send. */
    static List<Long> offerIds(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        return Arrays.stream(raw.split(",")).map(String::strip).filter(s -> s.matches("[0-9]{1,18}"))
                .map(Long::valueOf).distinct().limit(Applications.MAX_OFFERS).toList();
    }

    public String submit() {
        // the offers still open when the form was shown (the page said which ones it leaves out)
        List<Long> open = getChosen().stream().map(Offer::getId).toList();
        return send(() -> DONE + applications.apply(submittedKey(), getForm(), open, upload(getCv()), upload(getLetter()),
                        clientAddress()).key(),
                () -> DONE + applications.submission(submittedKey()).key());
    }

    @Override
    protected String componentId(String field) {
        return "offers".equals(field) ? "offres" : field;
    }

    public String getOffres() {
        return offerIds;
    }

    public void setOffres(String offerIds) {
        this.offerIds = offerIds;
    }
}

package fr.stages.web.offers;

import fr.stages.applications.boundary.Applications;
import fr.stages.offers.boundary.Offers;
import fr.stages.offers.entity.Offer;
import fr.stages.platform.NotFoundException;
import fr.stages.web.candidates.Answers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The application form's page for one or several offers (?offres=12,34): which of them are open. Stateless
 * like every public page; its sending is handled by ApplyHandler, which sends a refused form back to this page
 * with its answers (Answers), the offers' ids among them.
 */
@Named("offersApplyPage")
@RequestScoped
public class OffersApplyPage {

    /** The receipt page, where a stored sending is sent. */
    public static final String RECEIPT = "/offers/applied.xhtml";

    @Inject
    Offers offers;

    @Inject
    Answers answers;

    @Inject
    HttpServletRequest request;

    private List<Long> ids;
    private List<Offer> chosen;

    /** The offers asked for that are open today; the page says so when one is not. */
    public List<Offer> getChosen() {
        if (chosen == null) {
            chosen = open(offers, ids());
        }
        return chosen;
    }

    /** Those of the offers that are open today, in the order asked; the others are left out. */
    public static List<Offer> open(Offers offers, List<Long> ids) {
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

    /** The offers of the address, or of the form sent back. */
    private List<Long> ids() {
        if (ids == null) {
            ids = offerIds(answers.isRefused() ? answers.value("offres") : request.getParameter("offres"));
        }
        return ids;
    }

    /** The ids of ?offres=12,34: digits only, each once, at most as many as one form may send. */
    public static List<Long> offerIds(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        return Arrays.stream(raw.split(",")).map(String::strip).filter(s -> s.matches("[0-9]{1,18}"))
                .map(Long::valueOf).distinct().limit(Applications.MAX_OFFERS).toList();
    }

    /** The ids as the form sends them back. */
    public String getOffres() {
        return String.join(",", ids().stream().map(String::valueOf).toList());
    }
}

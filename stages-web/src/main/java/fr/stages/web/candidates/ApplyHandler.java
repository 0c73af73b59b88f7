package fr.stages.web.candidates;

import fr.stages.applications.boundary.Applications;
import fr.stages.applications.entity.ApplicationForm;
import fr.stages.applications.entity.Upload;
import fr.stages.offers.boundary.Offers;
import fr.stages.offers.entity.Offer;
import fr.stages.web.offers.OffersApplyPage;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebFilter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The sending of the application form (/offers/apply.xhtml, one or several offers). */
@WebFilter("/offers/apply.xhtml")
public class ApplyHandler extends CandidateFormHandler {

    private static final long serialVersionUID = 1L;

    @Inject
    Applications applications;

    @Inject
    Offers offers;

    @Override
    String send(Sending sending, ApplicationForm form, Upload cv, String clientAddress) {
        // the offers still open (the page said which ones it leaves out)
        List<Long> open = OffersApplyPage.open(offers, OffersApplyPage.offerIds(sending.text("offres"))).stream()
                .map(Offer::getId).toList();
        return receiptOf(applications.apply(sending.text("key"), form, open, cv,
                sending.file("letter"), clientAddress).key());
    }

    @Override
    String receipt(String key) {
        return receiptOf(applications.submission(key).key());
    }

    private static String receiptOf(String key) {
        return OffersApplyPage.RECEIPT + "?envoi=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    @Override
    String fieldId(String field) {
        return "offers".equals(field) ? "offres" : field;
    }
}

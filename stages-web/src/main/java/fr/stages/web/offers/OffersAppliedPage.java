package fr.stages.web.offers;

import fr.stages.applications.boundary.Applications;
import fr.stages.applications.entity.Submission;
import fr.stages.web.NotFoundPages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The confirmation after sending the form, by the sending's key (a 144-bit random value only its sender
 * knows): the references, the offers, where the receipt went. A reload shows the same page, creates nothing.
 */
@Named("offersAppliedPage")
@RequestScoped
public class OffersAppliedPage {

    @Inject
    Applications applications;

    private String key;
    private Submission submission;

    public void load() {
        submission = NotFoundPages.findByKey(key, applications::submission);
    }

    public String getEnvoi() {
        return key;
    }

    public void setEnvoi(String key) {
        this.key = key;
    }

    /** The offers of the sending, for the browser to take them out of its selection. */
    public String getOfferIds() {
        return submission.applications().stream().map(a -> Long.toString(a.offerId()))
                .collect(java.util.stream.Collectors.joining(","));
    }

    public Submission getSubmission() {
        return submission;
    }
}

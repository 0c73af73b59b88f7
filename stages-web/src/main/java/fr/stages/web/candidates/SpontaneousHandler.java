package fr.stages.web.candidates;

import fr.stages.applications.entity.ApplicationForm;
import fr.stages.applications.entity.Upload;
import fr.stages.spontaneous.boundary.SpontaneousApplications;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebFilter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The sending of the spontaneous application form (/spontaneous/apply.xhtml): families, directions, period. */
@WebFilter("/spontaneous/apply.xhtml")
public class SpontaneousHandler extends CandidateFormHandler {

    private static final long serialVersionUID = 1L;
    private static final String RECEIPT = "/spontaneous/sent.xhtml?envoi=";

    @Inject
    SpontaneousApplications spontaneous;

    @Override
    String send(Sending sending, ApplicationForm form, Upload cv, String clientAddress) {
        return receiptOf(spontaneous.send(sending.text("key"), form, ids(sending.values("directions")),
                ids(sending.values("jobFamilies")), cv, sending.file("letter"), clientAddress)
                .getSubmission());
    }

    @Override
    String receipt(String key) {
        return receiptOf(spontaneous.sent(key).getSubmission());
    }

    private static String receiptOf(String submission) {
        return RECEIPT + URLEncoder.encode(submission, StandardCharsets.UTF_8);
    }
}

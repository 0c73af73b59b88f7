package fr.stages.web.spontaneous;

import fr.stages.directions.boundary.ReferenceData;
import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.JobFamily;
import fr.stages.spontaneous.boundary.SpontaneousApplications;
import fr.stages.spontaneous.entity.SpontaneousApplication;
import fr.stages.web.CandidateFormPage;
import fr.stages.web.offers.ResultsHtml;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The spontaneous application form: the candidate's identity, studies and files as for an offer, plus the job
 * families (one to five) and directions (none: every direction) they wish, and the period, which is required.
 */
@Named("spontaneousPage")
@RequestScoped
public class SpontaneousBacking extends CandidateFormPage {

    private static final String DONE = "/spontaneous/sent.xhtml?faces-redirect=true&envoi=";

    @Inject
    SpontaneousApplications spontaneous;

    @Inject
    ReferenceData referenceData;

    private List<Long> jobFamilies = new ArrayList<>();
    private List<Long> directions = new ArrayList<>();
    private List<Direction> allDirections;
    private List<JobFamily> allJobFamilies;

    public String submit() {
        return send(() -> DONE + spontaneous.send(submittedKey(), getForm(), directions, jobFamilies,
                        upload(getCv()), upload(getLetter()), clientAddress()).getSubmission(),
                () -> DONE + spontaneous.sent(submittedKey()).getSubmission());
    }

    public List<Direction> getAllDirections() {
        if (allDirections == null) {
            allDirections = referenceData.directions();
        }
        return allDirections;
    }

    public List<JobFamily> getAllJobFamilies() {
        if (allJobFamilies == null) {
            // in the reader's language and order
            allJobFamilies = fr.stages.platform.ReadingOrder.sorted(referenceData.jobFamilies(),
                    f -> f.nameIn(texts.locale()), texts.locale());
        }
        return allJobFamilies;
    }

    /**
     * A job family's label, as HTML: its name in the reader's language, or its French name marked as French on an
     * English page (a family without an English name), so that a screen reader reads it with a French voice.
     */
    public String familyLabel(JobFamily family) {
        return ResultsHtml.inLanguage(family.nameIn(texts.locale()), family.langIn(texts.locale()));
    }

    public List<Long> getJobFamilies() {
        return jobFamilies;
    }

    public void setJobFamilies(List<Long> jobFamilies) {
        this.jobFamilies = jobFamilies;
    }

    public List<Long> getDirections() {
        return directions;
    }

    public void setDirections(List<Long> directions) {
        this.directions = directions;
    }

    public int getRetentionMonths() {
        return SpontaneousApplication.RETENTION_MONTHS;
    }

    public int getMaxJobFamilies() {
        return SpontaneousApplication.MAX_JOB_FAMILIES;
    }
}

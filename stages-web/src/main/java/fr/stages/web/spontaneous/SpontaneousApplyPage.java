package fr.stages.web.spontaneous;

import fr.stages.directions.boundary.ReferenceData;
import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.JobFamily;
import fr.stages.spontaneous.entity.SpontaneousApplication;
import fr.stages.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The spontaneous application form's page: besides the candidate's identity, studies and files (as for an
 * offer), the job families (one to five) and directions (none: every direction) to choose from, and the period,
 * which is required. Its sending is handled by SpontaneousHandler.
 */
@Named("spontaneousApplyPage")
@RequestScoped
public class SpontaneousApplyPage {

    @Inject
    ReferenceData referenceData;

    @Inject
    Texts texts;

    private List<Direction> allDirections;
    private List<JobFamily> allJobFamilies;

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

    public int getRetentionMonths() {
        return SpontaneousApplication.RETENTION_MONTHS;
    }

    public int getMaxJobFamilies() {
        return SpontaneousApplication.MAX_JOB_FAMILIES;
    }
}

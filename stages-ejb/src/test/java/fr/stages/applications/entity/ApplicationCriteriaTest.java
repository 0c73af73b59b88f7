package fr.stages.applications.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.offers.entity.EducationLevel;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What makes the back office say « N candidatures affichées sur M » rather than « M candidatures ». */
class ApplicationCriteriaTest {

    @Test
    void anOrderOrBlankKeywordsLeaveEveryApplicationIn() {
        assertFalse(ApplicationCriteria.all().narrows());
        assertFalse(new ApplicationCriteria(null, false, null, "  ", null, ApplicationCriteria.Order.NAME, true).narrows());
    }

    @Test
    void eachFilterLeavesSomeOut() {
        assertTrue(new ApplicationCriteria(ApplicationStatus.RECEIVED, false, null, null, null, null, false).narrows());
        assertTrue(ApplicationCriteria.all().pending().narrows());
        assertTrue(new ApplicationCriteria(null, false, EducationLevel.values()[0], null, null, null, false).narrows());
        assertTrue(new ApplicationCriteria(null, false, null, "dupont", null, null, false).narrows());
        assertTrue(new ApplicationCriteria(null, false, null, null, LocalDate.of(2026, 9, 1), null, false).narrows());
    }
}

package fr.stages.spontaneous.entity;

import fr.stages.offers.entity.EducationLevel;
import java.time.YearMonth;

/**
 * What an agent looks for in the pool: words of the name, school, course or message; a job family; an education
 * level; a month the candidate is available in. Every part is optional; the page is counted from 1.
 */
public record PoolCriteria(String keywords, Long jobFamilyId, EducationLevel level, YearMonth availableIn,
                           int page) {

    public static final int PAGE_SIZE = 20;

    public PoolCriteria {
        keywords = keywords == null || keywords.isBlank() ? null : keywords.strip();
        page = Math.max(1, page);
    }
}

package fr.stages.offers.entity;

/**
 * The education levels internships are offered to, after the national framework of 2019 (refdata
 * education_levels.csv). Labels are in the web bundle (educationLevel.NAME).
 */
public enum EducationLevel {
    COLLEGE_3E, LYCEE_2NDE, CAP_BEP, BAC, BAC_2, BAC_3, BAC_4, BAC_5, DOCTORATE
}

/**
 * The organisation that offers internships: directions (DAC, DEVE…) and the services inside them, the job
 * families (métiers) offers are filed under, and the places where interns work (arrondissements, sites).
 * Reference data, maintained by the internship office; it holds no offer and no person.
 */
package fr.stages.directions;

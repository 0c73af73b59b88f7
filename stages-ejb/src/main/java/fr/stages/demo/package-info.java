/**
 * Demo data for evaluation: the City of Paris directions, arrondissements and job families (facts from the
 * project's reference data), about 170 offers in every state with French texts, applications, spontaneous
 * applications and three back-office accounts. Loaded once, on an empty database, only where the domain sets
 * the system property stages.demo-data=true (server-config/run.sh does; production domains do not).
 */
package fr.stages.demo;

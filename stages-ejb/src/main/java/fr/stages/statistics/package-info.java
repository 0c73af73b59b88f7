/**
 * Statistics that steer the offer: for a period (a school year by default) and a scope (the whole city for the
 * internship office, a direction for its correspondent, a service for its agent), what was offered, what was
 * asked, how applications went (the funnel) and how fast candidates had an answer, compared with the same period
 * a year earlier; and the yearly target of interns the office sets. Read-only queries aggregated by the database,
 * which lock nothing the application form writes. Not a data warehouse: figures are computed when asked.
 */
package fr.stages.statistics;

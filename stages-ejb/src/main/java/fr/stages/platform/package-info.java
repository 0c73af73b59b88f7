/**
 * What every capability stands on: the database schema brought up to date at deployment (Flyway), the startup
 * checks (an unreachable database fails the deployment with one clear message; H2 is announced as evaluation
 * only), the health check, the city's time zone and the business exceptions the web tier translates.
 * No business rule lives here.
 */
package fr.stages.platform;

/** The health checks the server reports (MicroProfile Health): the database and the mail server. No page. */
package fr.stages.web.health;

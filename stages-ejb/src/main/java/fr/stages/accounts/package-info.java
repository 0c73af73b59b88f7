/**
 * Back-office accounts: agents of a service, correspondents of a direction and the internship office, their
 * functional role and the direction that scopes what they see. The container's identity store reads the same
 * table (login, PBKDF2 hash, role as group). Candidates have no account here.
 */
package fr.stages.accounts;

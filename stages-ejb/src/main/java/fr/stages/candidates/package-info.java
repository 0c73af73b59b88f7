/**
 * Candidates' accounts: an address proved by a one-time sign-in link (no password), the applications and
 * spontaneous applications sent with it, and what the candidate does with them once signed in (follow, withdraw).
 * <p>
 * Not here: the application forms and the recruitment pipeline (applications, spontaneous), which an account only
 * reads and joins; the agents' accounts (accounts). Applying stays possible without an account.
 */
package fr.stages.candidates;

/**
 * Signing in to the back office and what guards a signed-in agent: the sign-in page (SignIn), the password
 * pages (PasswordForms: forgotten, chosen from a link, changed), the container's identity store configuration
 * (SecurityConfiguration), the session's length and the refusal of a closed account (ClosedAccountFilter), the
 * agent shown in the back office's header (CurrentAgent). The rules are the business's (accounts).
 */
package fr.stages.web.accounts;

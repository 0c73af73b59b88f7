package fr.stages.candidates.control;

import jakarta.security.enterprise.credential.Credential;

/**
 * What the web hands the container once a candidate opened a valid sign-in link: the account whose address is
 * proved. Only the platform's own code makes one, after CandidateAccounts.signIn spent the link; the container's
 * mechanism (accounts.control.BackOfficeSignIn) turns it into a caller of the candidate role.
 */
public record ProvedAddress(long accountId) implements Credential {
}

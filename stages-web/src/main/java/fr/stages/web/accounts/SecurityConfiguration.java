package fr.stages.web.accounts;

import fr.stages.accounts.control.Passwords;
import fr.stages.accounts.entity.Role;
import fr.stages.candidates.entity.CandidateAccount;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Container-managed security: a Faces login page (SignIn, through BackOfficeSignIn), and the agents' table
 * as identity store. The group an agent gets is their role; the domain maps each group to the role of the same
 * name. Candidates have no password and are not in it: they sign in with a mailed link (BackOfficeSignIn, the
 * container's one mechanism, makes them callers of the candidate role).
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "jdbc/stages",
        callerQuery = "select password_hash from agent where login = ? and active = true",
        groupsQuery = "select role from agent where login = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {Passwords.ALGORITHM, Passwords.ITERATIONS, Passwords.SALT_SIZE, Passwords.KEY_SIZE})
@DeclareRoles({Role.AGENT_NAME, Role.CORRESPONDENT_NAME, Role.OFFICE_NAME, CandidateAccount.ROLE})
@ApplicationScoped
public class SecurityConfiguration {
}

package fr.stages.accounts.control;

import fr.stages.candidates.control.ProvedAddress;
import fr.stages.candidates.entity.CandidateAccount;
import fr.stages.platform.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * How the container signs agents in: the login page (web SignIn) hands it a login and a password, checked
 * against the identity store of SecurityConfiguration; the session then carries the caller, its name and groups,
 * given back to the container at each request.
 * <p>
 * Not with @AutoApplySession: under concurrent requests of several signed-in agents, Payara gave a few of them
 * their principal without its groups (payara/Payara#6145, open), answering 403 to about 3 % of back-office pages
 * with four agents at once (bench/dashboard-bench.py, 6 December 2026). Naming the groups at each request, as this
 * class does, answered none.
 * <p>
 * A request for a back-office page from someone not signed in is sent to the login page, and a page asked for
 * by GET is remembered to come back to. Nothing of the request's body is read: the standard form mechanism
 * (LoginToContinue) kept a POST whole to replay it after the sign-in, reading its body with blocking reads before
 * any filter could clock it (RequestBodies), so that an anonymous client trickling a body to any back-office
 * address held a request thread for as long as it liked. A POST without a session is an expired page anyway:
 * its view state would not be restored after the sign-in.
 * <p>
 * Candidates sign in through it too, with a proved address (ProvedAddress, once a sign-in link is spent): they
 * become callers of the role CandidateAccount.ROLE only, which no back-office page or action allows; a candidate
 * page asked for without a sign-in sends to the candidates' sign-in page, without making a session.
 * <p>
 * It lives in the business module, not the web one, so that every web module of the application finds it (the
 * container guards each of them with it; a second web module, as the tests' probe, would else have none).
 */
@ApplicationScoped
public class BackOfficeSignIn implements HttpAuthenticationMechanism {

    /** The session attribute holding the back-office address asked for before the sign-in. */
    private static final String WANTED = BackOfficeSignIn.class.getName() + ".wanted";
    /** The candidates' own pages (web.xml guards them for the candidate role) and their sign-in page. */
    public static final String CANDIDATE_PAGES = "/compte/";
    public static final String CANDIDATE_SIGN_IN = "/compte/connexion.xhtml";

    /** The session attribute holding the signed-in caller. */
    private static final String CALLER = BackOfficeSignIn.class.getName() + ".caller";

    /** Who a session signed in: the caller's name and groups, as the identity store gave them. */
    private record SignedIn(String name, Set<String> groups) implements java.io.Serializable {
    }

    @Inject
    IdentityStoreHandler identityStore;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof ProvedAddress proved) {
            return signIn(request, context, CandidateAccount.principalName(proved.accountId()),
                    Set.of(CandidateAccount.ROLE));
        }
        if (credential != null) {
            CredentialValidationResult result = identityStore.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result); // SEND_FAILURE
            }
            return signIn(request, context, result.getCallerPrincipal().getName(), result.getCallerGroups());
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof SignedIn caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(CANDIDATE_PAGES)) {
            redirect(request, response, CANDIDATE_SIGN_IN);
            return AuthenticationStatus.SEND_CONTINUE;
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession().setAttribute(WANTED,
                    request.getRequestURI().substring(request.getContextPath().length()) + (query == null ? "" : "?" + query));
        } else if (request.getContentLengthLong() != 0) {
            // the body is left unread: the connection ends with the answer instead of waiting for it
            response.setHeader("Connection", "close");
        }
        redirect(request, response, "/login.xhtml");
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** The caller signed in for this request and, through the session, for the next ones. */
    private static AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, String name,
                                               Set<String> groups) {
        request.getSession().setAttribute(CALLER, new SignedIn(name, Set.copyOf(groups)));
        return context.notifyContainerAboutLogin(name, groups);
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String page) {
        try {
            // the public address, not the Host header: a forged one must not send the browser elsewhere
            response.sendRedirect(PublicUrl.of(request) + page);
        } catch (IOException e) {
            // the client went away: nothing to answer
        }
    }

    /**
     * The back-office page asked for before the sign-in (path from the context, with its query), once: forgotten
     * as it is read.
     */
    public static Optional<String> takeWanted(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object wanted = session.getAttribute(WANTED);
        session.removeAttribute(WANTED);
        return wanted instanceof String path && path.startsWith("/backoffice/") ? Optional.of(path) : Optional.empty();
    }
}

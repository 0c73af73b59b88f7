package fr.stages.web.candidates;

import fr.stages.candidates.boundary.CandidateAccounts;
import fr.stages.candidates.control.ProvedAddress;
import fr.stages.platform.BusinessException;
import fr.stages.platform.PublicUrl;
import fr.stages.web.SiteLanguage;
import fr.stages.web.accounts.SignIn;
import fr.stages.web.http.ClientAddress;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Sign-in through the OpenID Connect provider (FranceConnect, for instance), when server-config declares one.
 * <ul>
 * <li>POST /compte/oidc/debut, the sign-in page's button (a POST: same-origin checked by SameOriginPosts, and no
 * crawler begins sign-ins): a sign-in begun by the business, whose browser secret goes into a cookie of this
 * path only (HttpOnly, SameSite=Lax so that it comes back with the provider's redirection, ten minutes), and a
 * redirection to the provider.</li>
 * <li>GET /compte/oidc/retour, where the provider sends the browser back with a code and the state: the business
 * spends the sign-in and checks everything (CandidateAccounts.finishProviderSignIn); the caller is then signed in
 * as with a link, in a new session, which keeps the ID token for the provider's sign-out.</li>
 * <li>GET /compte/oidc/deconnecte, where the provider's sign-out sends the browser back: to the sign-in page, which
 * says the candidate is signed out.</li>
 * </ul>
 * Every refusal goes back to the sign-in page with a reason it explains (?fournisseur=…), never with details.
 */
@WebServlet({ProviderSignInServlet.START, ProviderSignInServlet.RETURN, ProviderSignInServlet.SIGNED_OUT})
public class ProviderSignInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ProviderSignInServlet.class.getName());
    static final String START = "/compte/oidc/debut";
    static final String RETURN = "/compte/oidc/retour";
    /** Where the provider sends the browser back after its sign-out (registered there too), with its state. */
    public static final String SIGNED_OUT = "/compte/oidc/deconnecte";
    private static final String COOKIE = "stages_oidc";
    /** The session attribute holding the ID token, for the provider's sign-out (CompteCandidaturesPage). */
    public static final String ID_TOKEN = ProviderSignInServlet.class.getName() + ".idToken";

    /** The reasons the sign-in page explains, by the business's keys. */
    private static final Map<String, String> REASONS = Map.of(
            "candidate.provider.unusable", "expiree",
            "candidate.provider.failed", "echec",
            "candidate.provider.noEmail", "sans-adresse",
            "candidate.provider.unverified", "adresse-non-verifiee",
            "candidate.provider.network", "trop",
            "candidate.provider.unreachable", "injoignable",
            "candidate.provider.off", "injoignable");

    @Inject
    transient CandidateAccounts accounts;

    @Inject
    transient SecurityContext securityContext;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!START.equals(request.getServletPath())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        CandidateAccounts.ProviderStart start;
        try {
            start = accounts.beginProviderSignIn(SiteLanguage.preferred(request).getLanguage(),
                    ClientAddress.of(request), returnAddress(request));
        } catch (BusinessException | EJBException e) {
            back(request, response, e);
            return;
        }
        Cookie cookie = cookie(request, start.browserSecret());
        cookie.setMaxAge((int) fr.stages.candidates.entity.ProviderSignIn.VALIDITY.getSeconds());
        response.addCookie(cookie);
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", start.authorizationUrl());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (SIGNED_OUT.equals(request.getServletPath())) {
            response.sendRedirect(request.getContextPath() + "/compte/connexion.xhtml?deconnecte=1");
            return;
        }
        if (!RETURN.equals(request.getServletPath())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer"); // the code and state stay out of other sites' logs
        Cookie spent = cookie(request, "");
        spent.setMaxAge(0);
        response.addCookie(spent);
        String error = request.getParameter("error");
        if (error != null) { // the person cancelled at the provider, or the provider refused: nothing to spend
            LOG.info(() -> "Connexion par le fournisseur interrompue : " + error.replaceAll("[^A-Za-z0-9_.-]", "?"));
            redirect(request, response, "annulee");
            return;
        }
        CandidateAccounts.ProviderSignedIn signedIn;
        try {
            signedIn = accounts.finishProviderSignIn(request.getParameter("state"), browserSecret(request),
                    request.getParameter("code"), returnAddress(request));
        } catch (BusinessException | EJBException e) {
            back(request, response, e);
            return;
        }
        SignIn.endSession(request); // whoever was signed in in this browser: the candidate gets a new session
        AuthenticationStatus status;
        try {
            status = securityContext.authenticate(request, response, AuthenticationParameters.withParams()
                    .newAuthentication(true).credential(new ProvedAddress(signedIn.account().getId())));
        } catch (RuntimeException e) {
            LOG.warning(() -> "Connexion candidat par le fournisseur : " + e);
            status = AuthenticationStatus.SEND_FAILURE;
        }
        if (status != AuthenticationStatus.SUCCESS) {
            redirect(request, response, "echec");
            return;
        }
        request.getSession().setAttribute(ID_TOKEN, signedIn.idToken());
        response.sendRedirect(request.getContextPath() + CompteLienPage.HOME);
    }

    private static void back(HttpServletRequest request, HttpServletResponse response, RuntimeException e)
            throws IOException {
        Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        String reason = cause instanceof BusinessException business ? REASONS.getOrDefault(business.key(), "echec")
                : "echec";
        if (!(cause instanceof BusinessException)) {
            LOG.warning(() -> "Connexion par le fournisseur : " + e);
        }
        redirect(request, response, reason);
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String reason)
            throws IOException {
        response.sendRedirect(request.getContextPath() + "/compte/connexion.xhtml?fournisseur=" + reason);
    }

    /** The address the provider sends the browser back to: as registered there, from the public address. */
    private static String returnAddress(HttpServletRequest request) {
        return PublicUrl.of(request) + RETURN;
    }

    private static String browserSecret(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    private static Cookie cookie(HttpServletRequest request, String value) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath(request.getContextPath() + "/compte/oidc/");
        cookie.setHttpOnly(true);
        cookie.setSecure(PublicUrl.of(request).startsWith("https://"));
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}

package fr.stages.web.http;

import fr.stages.candidates.control.OpenIdProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What every answer tells the browser, before any other filter runs (first in web.xml): no guessing of content
 * types (a CV is never taken for a page), no framing by another site, no plugin objects, forms sent to this site
 * only (and, on the candidate's pages, to the OpenID Connect provider, where the sign-in and sign-out buttons'
 * answers lead), no address of ours (withdrawal and password links carry secrets) sent to other sites; and nothing of the
 * back office (pages, CVs) kept in a cache, where the next user of a shared computer would find it.
 * <p>
 * Outside the back office no page has an inline script or event attribute (their scripts are files of the site):
 * there, scripts come from the site's own files only, so that text slipped into a page (an offer's description,
 * a candidate's name) can never run. In the back office PrimeFaces writes inline scripts: there its CSP mode
 * (BackOfficeScripts) adds a second policy, {@code script-src 'self' 'nonce-…'} with a nonce drawn for the answer,
 * and this one leaves scripts to it (a browser obeys both policies: a script-src here would refuse the nonce's).
 */
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
    static final String PUBLIC_POLICY = POLICY + "; script-src 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String policy = path.startsWith("/backoffice/") ? POLICY : PUBLIC_POLICY;
        if (path.startsWith("/compte/")) { // signing in and out through the provider: a form's answer goes there
            policy = OpenIdProvider.origin().map(origin -> PUBLIC_POLICY.replace("form-action 'self'",
                    "form-action 'self' " + origin)).orElse(PUBLIC_POLICY);
        }
        response.setHeader("Content-Security-Policy", policy);
        if (path.startsWith("/backoffice/") || path.startsWith("/login") || path.startsWith("/mot-de-passe")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}

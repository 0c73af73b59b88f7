package fr.stages.candidates.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * The checks an ID token must pass before its subject is believed (OpenID Connect Core, 3.1.3.7): signed by the
 * provider with an algorithm we accept (never "none"), issued by the configured issuer, for our client, not
 * expired, and carrying the nonce of this very sign-in. Kept apart from the HTTP exchanges so that every rule is
 * tested without a provider (IdTokensTest).
 */
public final class IdTokens {

    /** Clocks differ a little between the provider and us. */
    static final Duration SKEW = Duration.ofSeconds(60);

    /** Asymmetric signatures (FranceConnect v2: ES256 or RS256), and HMAC with the client secret. */
    private static final Set<JWSAlgorithm> ACCEPTED = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256,
            JWSAlgorithm.ES384, JWSAlgorithm.ES512, JWSAlgorithm.HS256, JWSAlgorithm.HS384, JWSAlgorithm.HS512);

    private IdTokens() {
    }

    /** An ID token, or a signed user info, refused; the reason is for the server's log, never for the page. */
    public static final class Refused extends Exception {

        private final boolean keyUnknown;

        Refused(String reason) {
            this(reason, false);
        }

        Refused(String reason, boolean keyUnknown) {
            super(reason);
            this.keyUnknown = keyUnknown;
        }

        /** No key of the set could check the signature: the provider may have rolled its keys. */
        public boolean keyUnknown() {
            return keyUnknown;
        }
    }

    /**
     * The token's claims once its signature is checked with the provider's keys (or the client secret for HMAC).
     */
    public static JWTClaimsSet signedClaims(String token, JWKSet keys, String clientSecret) throws Refused {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException e) {
            throw new Refused("jeton illisible ou non signé : " + e.getMessage());
        }
        JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
        if (!ACCEPTED.contains(algorithm)) {
            throw new Refused("algorithme de signature refusé : " + algorithm);
        }
        for (JWSVerifier verifier : verifiers(jwt, keys, clientSecret)) {
            try {
                if (jwt.verify(verifier)) {
                    return jwt.getJWTClaimsSet();
                }
            } catch (JOSEException | ParseException | IllegalStateException e) {
                // this key does not fit this token: the next one may
            }
        }
        throw new Refused("signature invalide ou clé inconnue (" + algorithm + ", kid "
                + jwt.getHeader().getKeyID() + ")", !JWSAlgorithm.Family.HMAC_SHA.contains(algorithm));
    }

    private static List<JWSVerifier> verifiers(SignedJWT jwt, JWKSet keys, String clientSecret) {
        List<JWSVerifier> verifiers = new ArrayList<>();
        JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
        try {
            if (JWSAlgorithm.Family.HMAC_SHA.contains(algorithm)) {
                if (clientSecret != null) {
                    verifiers.add(new MACVerifier(clientSecret.getBytes(StandardCharsets.UTF_8)));
                }
                return verifiers;
            }
            String kid = jwt.getHeader().getKeyID();
            for (JWK key : keys.getKeys()) {
                if (kid != null && !kid.equals(key.getKeyID())) {
                    continue;
                }
                if (key.getAlgorithm() != null && !key.getAlgorithm().equals(algorithm)) {
                    continue;
                }
                if (key instanceof RSAKey rsa && (JWSAlgorithm.Family.RSA.contains(algorithm))) {
                    verifiers.add(new RSASSAVerifier(rsa));
                } else if (key instanceof ECKey ec && JWSAlgorithm.Family.EC.contains(algorithm)) {
                    verifiers.add(new ECDSAVerifier(ec));
                }
            }
        } catch (JOSEException e) {
            // a key we cannot use (an HMAC secret shorter than the algorithm needs, a curve unknown): none
        }
        return verifiers;
    }

    /**
     * The ID token's claims, when it is signed, issued by {@code issuer} for {@code clientId}, valid at
     * {@code now} and made for this sign-in ({@code nonce}).
     */
    public static JWTClaimsSet check(String token, JWKSet keys, String clientSecret, String issuer, String clientId,
                                     String nonce, Instant now) throws Refused {
        JWTClaimsSet claims = signedClaims(token, keys, clientSecret);
        if (!issuer.equals(claims.getIssuer())) {
            throw new Refused("émetteur inattendu : " + claims.getIssuer());
        }
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(clientId)) {
            throw new Refused("jeton destiné à un autre client : " + audience);
        }
        Object azp = claims.getClaim("azp");
        if ((audience.size() > 1 || azp != null) && !clientId.equals(azp)) {
            throw new Refused("partie autorisée (azp) inattendue : " + azp);
        }
        Date expires = claims.getExpirationTime();
        if (expires == null || !expires.toInstant().plus(SKEW).isAfter(now)) {
            throw new Refused("jeton expiré (" + (expires == null ? "sans date" : expires.toInstant()) + ")");
        }
        Date issued = claims.getIssueTime();
        if (issued == null || issued.toInstant().minus(SKEW).isAfter(now)) {
            throw new Refused("jeton émis dans le futur ou sans date d'émission");
        }
        Object given = claims.getClaim("nonce");
        if (!(given instanceof String text) || !MessageDigest.isEqual(text.getBytes(StandardCharsets.UTF_8),
                nonce.getBytes(StandardCharsets.UTF_8))) {
            throw new Refused("nonce absent ou différent de celui de cette connexion");
        }
        if (claims.getSubject() == null || claims.getSubject().isBlank()) {
            throw new Refused("jeton sans sujet (sub)");
        }
        return claims;
    }
}

package fr.stages.candidates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every rule an ID token must pass, with keys made here: no provider needed. */
class IdTokensTest {

    private static final String ISSUER = "https://fournisseur.example/api/v2";
    private static final String CLIENT = "stages-ville";
    private static final String SECRET = "un-secret-client-assez-long-pour-hs256-0123456789";
    private static final String NONCE = "nonce-de-cette-connexion";
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private static RSAKey rsa;
    private static RSAKey otherRsa;
    private static ECKey ec;
    private static JWKSet published;

    @BeforeAll
    static void keys() throws JOSEException {
        rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        otherRsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate(); // same kid, another key: a forger's
        ec = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
        published = new JWKSet(List.of(rsa.toPublicJWK(), ec.toPublicJWK()));
    }

    private static JWTClaimsSet.Builder valid() {
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(CLIENT).subject("sujet-123")
                .expirationTime(Date.from(NOW.plusSeconds(300))).issueTime(Date.from(NOW.minusSeconds(5)))
                .claim("nonce", NONCE).claim("email", "lea@example.org");
    }

    private static String signed(JWSAlgorithm algorithm, JWSSigner signer, String kid, Consumer<JWTClaimsSet.Builder> change)
            throws JOSEException {
        JWTClaimsSet.Builder claims = valid();
        change.accept(claims);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(kid).build(), claims.build());
        jwt.sign(signer);
        return jwt.serialize();
    }

    private static String rs256(Consumer<JWTClaimsSet.Builder> change) throws JOSEException {
        return signed(JWSAlgorithm.RS256, new RSASSASigner(rsa), "rsa-1", change);
    }

    private static JWTClaimsSet check(String token) throws IdTokens.Refused {
        return IdTokens.check(token, published, SECRET, ISSUER, CLIENT, NONCE, NOW);
    }

    private static String refusal(String token) {
        return assertThrows(IdTokens.Refused.class, () -> check(token)).getMessage();
    }

    @Test
    void aTokenSignedByTheProviderForThisSignInIsBelieved() throws Exception {
        assertEquals("sujet-123", check(rs256(c -> { })).getSubject());
        assertEquals("lea@example.org", check(signed(JWSAlgorithm.ES256, new ECDSASigner(ec), "ec-1", c -> { }))
                .getClaim("email"));
        // FranceConnect v1's way: HMAC with the client secret
        assertEquals("sujet-123", check(signed(JWSAlgorithm.HS256, new MACSigner(SECRET), null, c -> { })).getSubject());
        // clocks differ a little: expired 30 s ago is still accepted, issued 30 s ahead too
        check(rs256(c -> c.expirationTime(Date.from(NOW.minusSeconds(30))).issueTime(Date.from(NOW.plusSeconds(30)))));
        // several audiences: ours must be the authorized party
        check(rs256(c -> c.audience(List.of(CLIENT, "autre")).claim("azp", CLIENT)));
    }

    @Test
    void aForgedOrUnsignedTokenIsRefused() throws Exception {
        IdTokens.Refused forged = assertThrows(IdTokens.Refused.class, () -> check(signed(JWSAlgorithm.RS256,
                new RSASSASigner(otherRsa), "rsa-1", c -> { })));
        assertTrue(forged.getMessage().contains("signature invalide"), forged.getMessage());
        assertTrue(forged.keyUnknown(), "an asymmetric signature nobody checks: the keys are read again once");
        String unsigned = new PlainJWT(valid().build()).serialize();
        assertTrue(refusal(unsigned).contains("non signé"), refusal(unsigned));
        IdTokens.Refused wrongSecret = assertThrows(IdTokens.Refused.class, () -> check(signed(JWSAlgorithm.HS256,
                new MACSigner("un-autre-secret-tout-aussi-long-pour-hs256-98765"), null, c -> { })));
        assertFalse(wrongSecret.keyUnknown(), "an HMAC is checked with our own secret: no keys to read again");
        // the header names an EC key that the provider does not publish
        ECKey stranger = new ECKeyGenerator(Curve.P_256).keyID("ec-2").generate();
        assertTrue(refusal(signed(JWSAlgorithm.ES256, new ECDSASigner(stranger), "ec-2", c -> { }))
                .contains("clé inconnue"));
        assertTrue(refusal("pas.un.jeton").contains("illisible"));
    }

    @Test
    void aTokenOfAnotherIssuerClientTimeOrSignInIsRefused() throws Exception {
        assertTrue(refusal(rs256(c -> c.issuer("https://autre.example"))).contains("émetteur"));
        assertTrue(refusal(rs256(c -> c.audience("autre-client"))).contains("autre client"));
        assertTrue(refusal(rs256(c -> c.audience(List.of(CLIENT, "autre")).claim("azp", "autre"))).contains("azp"));
        assertTrue(refusal(rs256(c -> c.audience(List.of(CLIENT, "autre")))).contains("azp"));
        assertTrue(refusal(rs256(c -> c.expirationTime(Date.from(NOW.minusSeconds(61))))).contains("expiré"));
        assertTrue(refusal(rs256(c -> c.expirationTime(null))).contains("expiré"));
        assertTrue(refusal(rs256(c -> c.issueTime(Date.from(NOW.plusSeconds(120))))).contains("futur"));
        assertTrue(refusal(rs256(c -> c.claim("nonce", "celui-d-une-autre-connexion"))).contains("nonce"));
        assertTrue(refusal(rs256(c -> c.claim("nonce", null))).contains("nonce"));
        assertTrue(refusal(rs256(c -> c.subject(null))).contains("sujet"));
    }

    @Test
    void aSignedUserInfoIsCheckedByItsSignatureOnly() throws Exception {
        String info = rs256(c -> c.issuer(null).audience((String) null).expirationTime(null).claim("nonce", null));
        assertEquals("sujet-123", IdTokens.signedClaims(info, published, SECRET).getSubject());
        assertThrows(IdTokens.Refused.class, () -> IdTokens.signedClaims(signed(JWSAlgorithm.RS256,
                new RSASSASigner(otherRsa), "rsa-1", c -> { }), published, SECRET));
    }
}

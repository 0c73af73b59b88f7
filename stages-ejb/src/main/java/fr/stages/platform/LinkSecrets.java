package fr.stages.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets of mailed one-time links (an agent's password link, a candidate's sign-in link): 256 random bits
 * written for a URL, of which the database keeps only the SHA-256, so that reading the database gives no link.
 */
public final class LinkSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkSecrets() {
    }

    /** A new secret: 43 characters of the URL-safe Base64 alphabet. */
    public static String draw() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of a secret, in hexadecimal (64 characters), as stored. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

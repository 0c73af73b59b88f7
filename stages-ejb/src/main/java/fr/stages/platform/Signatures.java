package fr.stages.platform;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Keyed hashes (HMAC-SHA256) with the platform's secret key, which server-config draws at random and keeps as the
 * Payara password alias stages-client-key: a hash of a network address nobody can reverse, a link nobody can
 * forge. Changing the key makes the links already mailed unusable. A password alias, read through MicroProfile
 * Config, rather than a system property: Payara's administration lists system properties, expanded, to whoever
 * reaches it (list-system-properties, the REST interface).
 */
public final class Signatures {

    private Signatures() {
    }

    /** Read once, when first needed. */
    private static final class Key {

        static final byte[] VALUE = load().getBytes(StandardCharsets.UTF_8);

        /**
         * The alias; else the system property of a domain configured before the alias existed; else a default
         * that serves unit tests and a bare domain only (server-config always sets a key of its own).
         */
        private static String load() {
            try {
                Optional<String> alias = ConfigProvider.getConfig().getOptionalValue("stages-client-key", String.class);
                if (alias.isPresent() && !alias.get().isBlank()) {
                    return alias.get();
                }
            } catch (RuntimeException e) {
                // no MicroProfile Config outside the server (unit tests)
            }
            return System.getProperty("stages.client-key", "stages-client-key");
        }
    }

    /** The keyed hash of a text, in hexadecimal (64 characters). */
    public static String of(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Key.VALUE, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /**
     * The key of a link about one thing for one purpose ("withdraw", reference): 32 hexadecimal characters
     * (128 bits), short enough for a mail, far too many to guess.
     */
    public static String link(String purpose, String subject) {
        return of(purpose + ':' + subject).substring(0, 32);
    }

    /** Whether a link's key is the one made for that purpose and thing; in constant time. */
    public static boolean linkMatches(String purpose, String subject, String key) {
        if (key == null || subject == null) {
            return false;
        }
        return MessageDigest.isEqual(link(purpose, subject).getBytes(StandardCharsets.US_ASCII),
                key.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}

package fr.stages.accounts.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.HashMap;
import java.util.Map;

/**
 * Hashes passwords with the container's PBKDF2 implementation, configured exactly as the identity store that
 * verifies them at login (the web module's security configuration names these same constants).
 * OWASP 2023: PBKDF2-HMAC-SHA512 needs at least 210,000 iterations.
 */
@ApplicationScoped
public class Passwords {

    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=64";

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        Map<String, String> parameters = new HashMap<>();
        for (String setting : new String[] {ALGORITHM, ITERATIONS, SALT_SIZE, KEY_SIZE}) {
            String[] pair = setting.split("=", 2);
            parameters.put(pair[0], pair[1]);
        }
        hash.initialize(parameters);
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    public boolean matches(char[] password, String storedHash) {
        return hash.verify(password, storedHash);
    }
}

package fr.stages.platform;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the business said no. The key names the message in the web tier's bundle (French and English);
 * the arguments fill it. Rolls the transaction back, so nothing half-done is stored.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String key;
    private final transient Object[] arguments;

    public BusinessException(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = arguments;
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}

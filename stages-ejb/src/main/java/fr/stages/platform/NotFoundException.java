package fr.stages.platform;

import jakarta.ejb.ApplicationException;

/**
 * The thing does not exist, or the caller may not see it: both answer 404, so that ids of another direction's
 * offers or applications reveal nothing.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}

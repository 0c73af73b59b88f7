package fr.stages.platform;

import java.util.List;

/**
 * Several fields of a form are wrong at once: each error names its field, so that the page shows every message
 * next to its field in one go. Rolls the transaction back like any business refusal.
 */
public class InvalidInputException extends BusinessException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? "form.invalid" : errors.get(0).key(),
                errors.isEmpty() ? new Object[0] : errors.get(0).arguments());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}

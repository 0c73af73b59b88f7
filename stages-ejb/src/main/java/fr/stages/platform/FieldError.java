package fr.stages.platform;

/** What is wrong with one field of a form: the field's name, the message key and its arguments. */
public record FieldError(String field, String key, Object... arguments) {
}

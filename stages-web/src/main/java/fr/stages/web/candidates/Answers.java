package fr.stages.web.candidates;

import fr.stages.applications.control.PdfCheck;
import fr.stages.applications.entity.Convention;
import fr.stages.offers.entity.EducationLevel;
import fr.stages.platform.FieldError;
import fr.stages.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import fr.stages.candidates.boundary.CandidateAccounts;
import fr.stages.candidates.entity.CandidateAccount;
import fr.stages.candidates.entity.Profile;
import fr.stages.candidates.entity.StoredCv;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A candidate form as the page shows it: empty with a new key when it is first shown, or with the candidate's
 * answers, the same key and the refusal's messages (each next to its field, or at the top) when the handler of
 * its sending (ApplyHandler, SpontaneousHandler) sends it back. The page reads it and nothing else of the sending.
 */
@Named("answers")
@RequestScoped
public class Answers {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Texts texts;

    @Inject
    HttpServletRequest request;

    @Inject
    CandidateAccounts accounts;

    private String key;
    private Map<String, List<String>> sent = Map.of();
    private final Map<String, FieldError> fieldErrors = new HashMap<>();
    private String message;
    private boolean refused;
    private List<StoredCv> storedCvs;
    /** Whether a form shown first was filled from the signed-in candidate's profile (null: not decided yet). */
    private Boolean prefilled;

    /** The sending refused: its answers to show again, its key kept (a second sending still answers the first). */
    void refused(Sending sending) {
        this.sent = sending.fields();
        this.key = sending.text("key");
        this.refused = true;
    }

    /** That field's error, next to the field of that id on the page. */
    void fieldError(String id, FieldError error) {
        fieldErrors.putIfAbsent(id, error);
    }

    /** An error that is no field's fault, at the top: its text already in the reader's language. */
    void message(String text) {
        this.message = text;
    }

    /** The form's key: a new one for each form shown, the sent one when the form comes back. */
    public String getKey() {
        if (key == null) {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            key = HexFormat.of().formatHex(bytes);
        }
        return key;
    }

    /**
     * A form shown first to a signed-in candidate starts from their profile (address, identity, studies of the
     * last thing they sent): applying takes one step. Anyone else, or a form sent back, starts as it was.
     */
    public boolean isPrefilled() {
        if (prefilled == null) {
            prefilled = !refused && request.isUserInRole(CandidateAccount.ROLE);
            if (prefilled) {
                Profile profile = accounts.profile();
                Map<String, List<String>> values = new HashMap<>();
                put(values, "email", profile.email());
                put(values, "firstName", profile.firstName());
                put(values, "lastName", profile.lastName());
                put(values, "phone", profile.phone());
                put(values, "school", profile.school());
                put(values, "course", profile.course());
                put(values, "educationLevel", profile.educationLevel() == null ? null : profile.educationLevel().name());
                sent = values;
            }
        }
        return prefilled;
    }

    private static void put(Map<String, List<String>> values, String name, String value) {
        if (value != null) {
            values.put(name, List.of(value));
        }
    }

    /** The signed-in candidate's stored CVs, to apply with one of them (none for anyone else). */
    public List<StoredCv> getStoredCvs() {
        if (storedCvs == null) {
            storedCvs = request.isUserInRole(CandidateAccount.ROLE) ? accounts.storedCvs() : List.of();
        }
        return storedCvs;
    }

    /**
     * Whether that choice of CV (a stored CV's id, or NEW_CV) is the one checked: the one sent back when the form
     * comes back, else the first stored CV.
     */
    public boolean cvChecked(String choice) {
        List<String> sentChoice = sent.get("cvStored");
        if (refused && sentChoice != null && !sentChoice.isEmpty()) {
            return sentChoice.get(0).equals(choice);
        }
        return !getStoredCvs().isEmpty() && String.valueOf(getStoredCvs().get(0).getId()).equals(choice);
    }

    /** The field's answer as sent (empty when none): the form shows it again. */
    public String value(String name) {
        isPrefilled();
        List<String> values = sent.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    /** Whether that choice was among the answers of that field (a box ticked, an option chosen). */
    public boolean chosen(String name, Object choice) {
        isPrefilled();
        return sent.getOrDefault(name, List.of()).contains(String.valueOf(choice));
    }

    /** The message of that field's error in the reader's language, or null. */
    public String error(String id) {
        FieldError error = fieldErrors.get(id);
        return error == null ? null : texts.error(error.key(), error.arguments());
    }

    /** "true" when that field has an error, for aria-invalid. */
    public String invalid(String id) {
        return fieldErrors.containsKey(id) ? "true" : "false";
    }

    /** The error at the top of the form, or null. */
    public String getMessage() {
        return message;
    }

    /** Refused: nothing stored, the files are to be chosen again. */
    public boolean isRefused() {
        return refused;
    }

    /** Refused because of fields, each flagged: the page asks to correct them. */
    public boolean isFieldErrors() {
        return !fieldErrors.isEmpty();
    }

    public EducationLevel[] getLevels() {
        return EducationLevel.values();
    }

    public Convention[] getConventions() {
        return Convention.values();
    }

    public int getMaxBytes() {
        return PdfCheck.MAX_BYTES;
    }

    public int getMaxMegabytes() {
        return PdfCheck.MAX_MEGABYTES;
    }
}

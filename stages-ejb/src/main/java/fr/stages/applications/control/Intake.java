package fr.stages.applications.control;

import fr.stages.applications.entity.Document;
import fr.stages.applications.entity.DocumentKind;
import fr.stages.applications.entity.Upload;
import fr.stages.platform.BusinessException;
import fr.stages.platform.FieldError;
import fr.stages.platform.Signatures;
import java.util.List;

/** What every online sending (to offers or spontaneous) checks the same way: its files and its sender. */
public final class Intake {

    private Intake() {
    }

    /** The form's key (its hidden token) must look like one the form made; else the form is too old or forged. */
    public static void checkKey(String key) {
        if (key == null || !key.matches("[A-Za-z0-9_-]{16,40}")) {
            throw new BusinessException("application.expired");
        }
    }

    /** The checked file to store, or null for an optional file the candidate did not choose. */
    public static Document document(DocumentKind kind, Upload upload) {
        return upload == null || upload.isEmpty() ? null : new Document(kind, upload.fileName(), upload.content());
    }

    /**
     * Adds the field's error when the file is missing (and required), not a harmless PDF, or refused by the
     * virus scan; the scan runs only on files that passed the content check.
     */
    public static void checkFile(List<FieldError> errors, String field, Upload upload, boolean required) {
        if (upload == null || (upload.isEmpty() && upload.fileName() == null)) {
            if (required) {
                errors.add(new FieldError(field, "application." + field + ".required"));
            }
            return;
        }
        try {
            PdfCheck.check(upload.content());
            VirusScan.check(upload.content());
        } catch (BusinessException e) {
            errors.add(new FieldError(field, e.key(), e.arguments()));
        }
    }

    /**
     * The network address as a keyed hash: enough to count an address's sendings, useless to find the address
     * back (the key, the password alias stages-client-key in server-config, never leaves the server).
     */
    public static String clientHash(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        return Signatures.of(address.strip());
    }

    /** The key of the link, in the receipt, that lets the candidate withdraw that application. */
    public static String withdrawalKey(String reference) {
        return Signatures.link("withdraw", reference);
    }

    public static boolean withdrawalKeyMatches(String reference, String key) {
        return Signatures.linkMatches("withdraw", reference, key);
    }
}

package fr.stages.applications.control;

import fr.stages.platform.BusinessException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Decides from a file's bytes, never from its name or declared type, whether the platform keeps it as a CV or
 * a letter: a PDF of at most 5 MB that starts as a PDF, costs a bounded memory and time to read (PdfBudget), opens,
 * is not encrypted, and carries nothing that could act when an agent opens it — no JavaScript, launch, import or
 * remote go-to action, no attached file, no XFA form.
 */
public final class PdfCheck {

    private static final Logger LOG = Logger.getLogger(PdfCheck.class.getName());
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_MEGABYTES = MAX_BYTES / (1024 * 1024);
    /** Actions (the /S of an action dictionary) that run code, open other files or send data. */
    private static final Set<COSName> ACTIVE_ACTIONS = Set.of(COSName.JAVA_SCRIPT, COSName.getPDFName("Launch"),
            COSName.getPDFName("ImportData"), COSName.getPDFName("SubmitForm"), COSName.getPDFName("GoToE"),
            COSName.getPDFName("RichMediaExecute"), COSName.getPDFName("Rendition"), COSName.getPDFName("GoToR"));
    /** Keys that hold scripts, attached files or XFA forms, wherever they appear. */
    private static final Set<COSName> ACTIVE_KEYS = Set.of(COSName.JS, COSName.EMBEDDED_FILES, COSName.EF,
            COSName.XFA, COSName.getPDFName("RichMedia"));

    private PdfCheck() {
    }

    /** Refuses the file with the reason a candidate can act on (a BusinessException key and arguments). */
    public static void check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessException("document.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessException("document.tooLarge", MAX_MEGABYTES);
        }
        if (!startsAsPdf(content)) {
            throw new BusinessException("document.notPdf");
        }
        PdfBudget.check(content);
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                throw new BusinessException("document.encrypted");
            }
            if (document.getNumberOfPages() == 0) {
                throw new BusinessException("document.corrupt");
            }
            if (hasActiveContent(document)) {
                throw new BusinessException("document.activeContent");
            }
        } catch (InvalidPasswordException e) {
            throw new BusinessException("document.encrypted");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            if (e instanceof BusinessException business) {
                throw business;
            }
            // unreadable for PDFBox is unreadable for an agent's viewer too; kept in the log for the curious
            LOG.info(() -> "PDF refusé comme illisible : " + e);
            throw new BusinessException("document.corrupt");
        }
    }

    /**
     * The PDF header at the very start. Readers accept it anywhere in the first 1,024 bytes, which lets one file be
     * both a PDF and, say, an HTML page a browser would run (a polyglot): the platform keeps only PDFs as PDF
     * writers make them.
     */
    private static boolean startsAsPdf(byte[] content) {
        return content.length >= 5
                && new String(content, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-");
    }

    /**
     * Walks every object reachable from the file's trailer (pages, annotations, forms, name trees, outlines,
     * objects inside compressed streams) looking for an active action or key.
     */
    private static boolean hasActiveContent(PDDocument document) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> pending = new ArrayDeque<>();
        pending.push(document.getDocument().getTrailer());
        while (!pending.isEmpty()) {
            COSBase base = pending.pop();
            if (base instanceof COSObject indirect) {
                base = indirect.getObject();
            }
            if (base == null || !seen.add(base)) {
                continue;
            }
            if (base instanceof COSDictionary dictionary) {
                COSName action = dictionary.getCOSName(COSName.S);
                if ((action != null && ACTIVE_ACTIONS.contains(action))
                        || COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))) {
                    return true;
                }
                for (COSName key : dictionary.keySet()) {
                    if (ACTIVE_KEYS.contains(key) || COSName.JAVA_SCRIPT.equals(key)) {
                        return true;
                    }
                    pending.push(dictionary.getItem(key));
                }
            } else if (base instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    pending.push(array.get(i));
                }
            }
        }
        return false;
    }
}

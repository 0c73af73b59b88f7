package fr.stages.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/** Small PDF files for tests: a CV as a word processor exports it, and hostile variants. */
public final class Pdfs {

    private Pdfs() {
    }

    public static byte[] cv(String text) {
        return save(document(text));
    }

    public static byte[] withJavaScript() {
        PDDocument document = document("CV");
        document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('bonjour')"));
        return save(document);
    }

    public static byte[] encrypted() {
        PDDocument document = document("CV");
        try {
            document.protect(new StandardProtectionPolicy("proprietaire", "secret", new AccessPermission()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return save(document);
    }

    private static PDDocument document(String text) {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 720);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return document;
    }

    private static byte[] save(PDDocument document) {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

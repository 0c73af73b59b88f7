package fr.stages.applications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.stages.platform.BusinessException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

class PdfCheckTest {

    @Test
    void aPlainCvIsAccepted() throws IOException {
        PdfCheck.check(save(cv()));
    }

    @Test
    void whatIsNotAPdfIsRefusedWhateverItsNameSays() {
        assertRefused("document.notPdf", "<!DOCTYPE html><html><script>alert(1)</script></html>"
                .getBytes(StandardCharsets.UTF_8));
        assertRefused("document.notPdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}); // a Windows program
        assertRefused("document.notPdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        assertRefused("document.empty", new byte[0]);
    }

    @Test
    void aFileOverFiveMegabytesIsRefusedBeforeBeingRead() {
        byte[] big = new byte[PdfCheck.MAX_BYTES + 1];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1), 0, big, 0, 9);
        BusinessException refused = assertRefused("document.tooLarge", big);
        assertEquals(List.of(5), Arrays.asList(refused.arguments()));
    }

    @Test
    void aBrokenPdfIsRefusedAsCorrupt() throws IOException {
        assertRefused("document.corrupt", "%PDF-1.7\nthis is not a PDF body\n%%EOF".getBytes(StandardCharsets.UTF_8));
        byte[] good = save(cv());
        assertRefused("document.corrupt", Arrays.copyOf(good, 40));
    }

    @Test
    void anEncryptedPdfIsRefusedWithOrWithoutAnOpeningPassword() throws IOException {
        assertRefused("document.encrypted", encrypted("secret"));
        assertRefused("document.encrypted", encrypted(""));
    }

    @Test
    void scriptsLaunchActionsAndAttachedFilesAreRefused() throws IOException {
        PDDocument opening = cv();
        opening.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('bonjour')"));
        assertRefused("document.activeContent", save(opening));

        PDDocument linked = cv();
        PDAnnotationLink link = new PDAnnotationLink();
        PDActionLaunch launch = new PDActionLaunch();
        launch.setFile(new PDComplexFileSpecification());
        link.setAction(launch);
        linked.getPage(0).getAnnotations().add(link);
        assertRefused("document.activeContent", save(linked));

        PDDocument attached = cv();
        PDComplexFileSpecification file = new PDComplexFileSpecification();
        file.setFile("programme.exe");
        file.setEmbeddedFile(new PDEmbeddedFile(attached, new java.io.ByteArrayInputStream(new byte[] {'M', 'Z'})));
        PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
        files.setNames(java.util.Map.of("programme.exe", file));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(attached.getDocumentCatalog());
        names.setEmbeddedFiles(files);
        attached.getDocumentCatalog().setNames(names);
        assertRefused("document.activeContent", save(attached));
    }

    private static BusinessException assertRefused(String key, byte[] content) {
        BusinessException refused = assertThrows(BusinessException.class, () -> PdfCheck.check(content));
        assertEquals(key, refused.key());
        return refused;
    }

    /** A one-page CV with text, as a word processor would export it. */
    private static PDDocument cv() throws IOException {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream text = new PDPageContentStream(document, page)) {
            text.beginText();
            text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            text.newLineAtOffset(72, 720);
            text.showText("Lea Martin - Master 1 urbanisme");
            text.endText();
        }
        return document;
    }

    private static byte[] encrypted(String userPassword) throws IOException {
        PDDocument document = cv();
        document.protect(new StandardProtectionPolicy("proprietaire", userPassword, new AccessPermission()));
        return save(document);
    }

    private static byte[] save(PDDocument document) throws IOException {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out);
            return out.toByteArray();
        }
    }
}

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

    @Test
    void remoteGoToActionsAreRefusedLikeScripts() throws IOException {
        PDDocument linked = cv();
        PDAnnotationLink link = new PDAnnotationLink();
        org.apache.pdfbox.pdmodel.interactive.action.PDActionRemoteGoTo remote =
                new org.apache.pdfbox.pdmodel.interactive.action.PDActionRemoteGoTo();
        PDComplexFileSpecification file = new PDComplexFileSpecification();
        file.setFile("\\\\serveur-hostile\\partage\\cv.pdf");
        remote.setFile(file);
        link.setAction(remote);
        linked.getPage(0).getAnnotations().add(link);
        assertRefused("document.activeContent", save(linked));
    }

    @Test
    void anythingBeforeThePdfHeaderMakesItNotAPdf() throws IOException {
        byte[] pdf = save(cv());
        byte[] polyglot = concat("<html><script>alert(1)</script>\n".getBytes(StandardCharsets.ISO_8859_1), pdf);
        assertRefused("document.notPdf", polyglot);
        assertRefused("document.notPdf", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, pdf));
    }

    @Test
    void anObjectStreamThatInflatesToHundredsOfMegabytesIsRefusedWithoutDecodingIt() throws IOException {
        // 300 MB of zeros compress to about 300 KB: the kind of file that ran the heap out
        byte[] bomb = zlibZeros(300L * 1024 * 1024);
        assertRefused("document.tooComplex", rawPdf("<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length "
                + bomb.length + " >>", bomb));
        // the same under a name written with #-escapes, and without a usable /Length
        assertRefused("document.tooComplex", rawPdf("<< /Type /Obj#53tm /N 1 /First 4 /Filter /Fl /Length 9 0 R >>",
                zlibZeros(20L * 1024 * 1024)));
        // hidden behind a hexadecimal encoding, in a content stream
        byte[] hex = java.util.HexFormat.of().formatHex(bomb).getBytes(StandardCharsets.ISO_8859_1);
        assertRefused("document.tooComplex", rawPdf("<< /Filter [/ASCIIHexDecode /FlateDecode] /Length " + hex.length
                + " >>", hex));
        // nor can a chain keep a large intermediate result in memory: 12 MB stored without compression, compressed
        assertRefused("document.tooComplex", rawPdf("<< /Filter [/FlateDecode /FlateDecode] >>",
                zlib(zlib(new byte[12 * 1024 * 1024], java.util.zip.Deflater.NO_COMPRESSION), 9)));
    }

    @Test
    void aStructureNestedThousandsDeepOrWithHundredsOfThousandsOfObjectsIsRefused() {
        assertRefused("document.tooComplex", ("%PDF-1.7\n1 0 obj\n" + "[".repeat(200_000) + "\nendobj\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertRefused("document.tooComplex", ("%PDF-1.7\n1 0 obj\n" + "<<".repeat(100) + "\nendobj\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        StringBuilder objects = new StringBuilder("%PDF-1.7\n");
        for (int i = 1; i <= 150_000; i++) {
            objects.append(i).append(" 0 obj null endobj\n");
        }
        assertRefused("document.tooComplex", objects.toString().getBytes(StandardCharsets.ISO_8859_1));
        // stream keywords by the hundred thousand, each after a dictionary that never opens: refused, not scanned
        // back 64 KB each time
        assertRefused("document.tooComplex", ("%PDF-1.7\n" + "x".repeat(70_000) + ">> stream\n".repeat(300_000))
                .getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void bracketsInTextAndAModeratelyCompressedCvAreNotTakenForAnAttack() throws IOException {
        PDDocument document = cv();
        // a literal string outside any stream (no object streams): its brackets are text, not structure
        document.getDocumentInformation().setTitle("CV " + "[".repeat(100) + " ((( " + "<<".repeat(100) + " \\");
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            byte[] plain = out.toByteArray();
            assertEquals(true, new String(plain, StandardCharsets.ISO_8859_1).contains("[[[[[[[[[["), "not compressed");
            PdfCheck.check(plain);
        }
        // 60 MB of Flate-compressed data in a content stream is within the budget
        PdfBudget.check(rawPdf("<< /Filter /FlateDecode >>", zlibZeros(60L * 1024 * 1024)));
    }

    /** A minimal file around one object with that dictionary and stream data. */
    private static byte[] rawPdf(String dictionary, byte[] data) {
        return concat(concat(("%PDF-1.7\n1 0 obj\n" + dictionary + "\nstream\n").getBytes(StandardCharsets.ISO_8859_1),
                data), "\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] zlibZeros(long size) {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(9);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        byte[] buffer = new byte[1 << 16];
        for (long written = 0; written < size; written += zeros.length) {
            deflater.setInput(zeros);
            while (!deflater.needsInput()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static byte[] zlib(byte[] data, int level) {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(level);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
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

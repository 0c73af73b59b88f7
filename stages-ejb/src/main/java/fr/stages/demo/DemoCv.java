package fr.stages.demo;

import fr.stages.applications.entity.Candidate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** A one-page CV for a demo candidate, so that agents trying the platform have a file to open. */
final class DemoCv {

    private DemoCv() {
    }

    static byte[] of(Candidate candidate) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.newLineAtOffset(72, 720);
                text.setFont(bold, 20);
                text.showText(candidate.getFullName());
                text.setFont(regular, 12);
                text.setLeading(18);
                text.newLine();
                text.newLine();
                text.showText(candidate.getEmail() + (candidate.getPhone() == null ? "" : " - " + candidate.getPhone()));
                text.newLine();
                text.showText("Formation : " + candidate.getCourse() + ", " + candidate.getSchool());
                text.newLine();
                text.showText("CV de démonstration (données fictives).");
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package fr.stages.web.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.web.backoffice.StatTable.Cell;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class StatExportsTest {

    private static final StatTable TABLE = new StatTable("delais", "Délais", List.of("Service", "Candidatures", "Médiane"),
            List.of(List.of(Cell.text("Parcs; jardins \"verts\""), new Cell("12", 12, 12), new Cell("3 jours", 3, 12)),
                    List.of(Cell.text("Écoles <&>"), new Cell("4", 4, 4), new Cell("2 jours", 2, 4)),
                    List.of(Cell.text("Vide"), new Cell("0", 0, 0), new Cell("–", null, 0))));

    @Test
    void csvOpensInASpreadsheetAndMasksGroupsUnderFive() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatExports.csv(TABLE, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"));
        assertEquals(List.of("Service;Candidatures;Médiane", "\"Parcs; jardins \"\"verts\"\"\";12;3 jours",
                "Écoles <&>;< 5;< 5", "Vide;0;–"), text.substring(1).lines().toList());
    }

    @Test
    void xlsxHoldsNumbersAsNumbersAndMasksTheSame() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatExports.xlsx(TABLE, out);
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        String sheet = entries.get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<c r=\"B2\"><v>12</v></c>"), sheet);
        assertTrue(sheet.contains("<c r=\"B3\" t=\"inlineStr\"><is><t>&lt; 5</t></is></c>"), sheet);
        assertTrue(sheet.contains("<t>Écoles &lt;&amp;&gt;</t>"), sheet);
        assertTrue(sheet.contains("<c r=\"B4\"><v>0</v></c>"), "no one is not masked");
        assertFalse(sheet.contains("<v>4</v>"));
        assertTrue(entries.get("xl/workbook.xml").contains("name=\"delais\""));
    }
}

package fr.stages.web.backoffice;

import fr.stages.web.backoffice.StatTable.Cell;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A dashboard's table as a file: CSV that a spreadsheet opens right (UTF-8 with its byte order mark, semicolons,
 * numbers as the page writes them in its language) and XLSX (one sheet, numbers as numbers). Groups of fewer than
 * five people are masked (« < 5 »): files leave the back office.
 */
final class StatExports {

    static final String MASK = "< 5";

    private StatExports() {
    }

    static void csv(StatTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(csvLine(table.columns()));
        for (List<Cell> row : table.rows()) {
            writer.write(csvLine(row.stream().map(c -> c.masked() ? MASK : c.text()).toList()));
        }
        writer.flush();
    }

    private static String csvLine(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (String cell : cells) {
            if (line.length() > 0) {
                line.append(';');
            }
            boolean quote = cell.contains(";") || cell.contains("\"") || cell.contains("\n");
            line.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        return line.append("\r\n").toString();
    }

    /** The smallest workbook spreadsheets open: one sheet of inline strings and numbers. */
    static void xlsx(StatTable table, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        entry(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                </Types>""");
        entry(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                </Relationships>""");
        entry(zip, "xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(xml(sheetName(table.id()))));
        entry(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                </Relationships>""");
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        sheet.append(row(1, table.columns().stream().map(Cell::text).toList()));
        int r = 2;
        for (List<Cell> row : table.rows()) {
            sheet.append(row(r++, row));
        }
        sheet.append("</sheetData></worksheet>");
        entry(zip, "xl/worksheets/sheet1.xml", sheet.toString());
        zip.finish();
    }

    private static String row(int number, List<Cell> cells) {
        StringBuilder row = new StringBuilder("<row r=\"").append(number).append("\">");
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = cells.get(c);
            String ref = column(c) + number;
            if (cell.value() != null && !cell.masked()) {
                row.append("<c r=\"").append(ref).append("\"><v>").append(cell.value()).append("</v></c>");
            } else {
                row.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>")
                        .append(xml(cell.masked() ? MASK : cell.text())).append("</t></is></c>");
            }
        }
        return row.append("</row>").toString();
    }

    /** A, B, … Z, AA: the spreadsheet's name of a column. */
    private static String column(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : column(index / 26 - 1) + (char) ('A' + index % 26);
    }

    private static String sheetName(String id) {
        return id.length() > 31 ? id.substring(0, 31) : id;
    }

    private static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

}

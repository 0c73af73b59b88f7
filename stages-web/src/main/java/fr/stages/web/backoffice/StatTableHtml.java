package fr.stages.web.backoffice;

import fr.stages.web.Html;
import fr.stages.web.backoffice.StatTable.Cell;

/**
 * A table of the statistics page as HTML, written here rather than by nested ui:repeat: a dashboard of the
 * whole city holds thousands of cells (300 job families), and a Faces component per cell made its page cost
 * more than the candidates' pages around it (bench S4 under dashboards, bench/results/2026-12-06-*.md). Wide
 * tables scroll inside their region (focusable by keyboard) rather than pushing the page sideways at 320 px.
 */
final class StatTableHtml {

    private StatTableHtml() {
    }

    /**
     * The table, its caption, its column headers (the header-th column names its row), and the links to its
     * exports.
     */
    static String of(StatTable t, int header, String exportsLabel, String csvUrl, String csvLabel, String xlsxUrl,
                     String xlsxLabel) {
        String id = Html.attribute(t.id());
        StringBuilder html = new StringBuilder(256 + t.rows().size() * t.columns().size() * 32);
        html.append("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"").append(id)
                .append("-caption\"><table class=\"data stat\" id=\"table-").append(id).append("\"><caption id=\"")
                .append(id).append("-caption\">").append(Html.text(t.caption())).append("</caption><thead><tr>");
        for (String column : t.columns()) {
            html.append("<th scope=\"col\">").append(Html.text(column)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (var row : t.rows()) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                Cell cell = row.get(i);
                if (i == header) {
                    html.append("<th scope=\"row\">").append(Html.text(cell.text())).append("</th>");
                } else {
                    html.append(cell.value() == null ? "<td>" : "<td class=\"number\">").append(Html.text(cell.text()))
                            .append("</td>");
                }
            }
            html.append("</tr>");
        }
        html.append("</tbody></table></div><p class=\"exports\">").append(Html.text(exportsLabel))
                .append(" <a href=\"").append(Html.attribute(csvUrl)).append("\" aria-label=\"")
                .append(Html.attribute(csvLabel)).append("\">CSV</a> · <a href=\"").append(Html.attribute(xlsxUrl))
                .append("\" aria-label=\"").append(Html.attribute(xlsxLabel)).append("\">XLSX</a></p>");
        return html.toString();
    }
}

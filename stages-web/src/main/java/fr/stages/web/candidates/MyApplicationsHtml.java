package fr.stages.web.candidates;

import static fr.stages.web.Html.attribute;
import static fr.stages.web.Html.text;

import fr.stages.web.Texts;
import java.util.List;

/**
 * The applications of « Mes candidatures », written as HTML from their rows, as the search page writes its
 * results: with a Faces form per application (a button, a confirmation) in a ui:repeat, the page spent its time
 * in the components of 50 forms (JFR) and answered 213 req/s, p95 297 ms, at 32 clients (bench S7). The forms are
 * plain HTML: « Retirer » asks, by GET (?confirmer=id), for the page with that application's confirmation; the
 * confirmation posts to WithdrawServlet.
 */
final class MyApplicationsHtml {

    private MyApplicationsHtml() {
    }

    /** The list's items; the one whose withdrawal waits for a confirmation shows it. */
    static String write(List<MyApplicationRow> rows, Long confirming, String contextPath, Texts texts) {
        StringBuilder html = new StringBuilder(rows.size() * 900);
        String page = contextPath + "/compte/candidatures.xhtml";
        String referenceLabel = text(texts.get("candidate.applications.reference"));
        String sentLabel = text(texts.get("candidate.applications.sent"));
        String directionLabel = text(texts.get("candidate.applications.direction"));
        String statusLabel = text(texts.get("candidate.applications.status"));
        String interviewLabel = text(texts.get("candidate.applications.interview"));
        String withdraw = text(texts.get("candidate.withdraw"));
        String confirm = text(texts.get("candidate.withdraw.confirm"));
        String cancel = text(texts.get("candidate.withdraw.cancel"));
        for (MyApplicationRow row : rows) {
            String reference = attribute(row.getReference());
            html.append("<li class=\"my-application\" id=\"candidature-").append(reference).append("\"><h3>")
                    .append(text(row.getTitle())).append("</h3><dl class=\"facts\">");
            fact(html, referenceLabel, text(row.getReference()), null);
            fact(html, sentLabel, text(row.getSent()), null);
            fact(html, directionLabel, text(row.getDirection()), null);
            fact(html, statusLabel, text(row.getStatus()), "status");
            if (row.getInterview() != null) {
                fact(html, interviewLabel, text(row.getInterview()) + "<br/><a href=\"" + attribute(contextPath)
                        + "/compte/entretien.ics?candidature=" + row.getId() + "\" download=\"\" class=\"ics\">"
                        + text(row.getCalendarLabel()) + "</a>", null);
            }
            html.append("</dl>");
            if (row.getMailsSummary() != null) {
                html.append("<details><summary>").append(text(row.getMailsSummary())).append("</summary><ul>");
                for (String mail : row.getMails()) {
                    html.append("<li>").append(text(mail)).append("</li>");
                }
                html.append("</ul></details>");
            }
            if (row.isWithdrawable()) {
                if (confirming != null && confirming == row.getId()) {
                    html.append("<form method=\"post\" action=\"").append(attribute(contextPath))
                            .append(WithdrawServlet.PATH).append("\"><input type=\"hidden\" name=\"candidature\" value=\"")
                            .append(row.getId()).append("\"/><p class=\"warning\" id=\"confirm-text-").append(row.getId())
                            .append("\">").append(text(texts.get("candidate.withdraw.confirmText", row.getTitle())))
                            .append("</p><button type=\"submit\" name=\"action\" value=\"confirmer\" class=\"button\"")
                            .append(" aria-describedby=\"confirm-text-").append(row.getId()).append("\" autofocus=\"autofocus\">")
                            .append(confirm).append("</button> <button type=\"submit\" name=\"action\" value=\"annuler\"")
                            .append(" class=\"button secondary\">").append(cancel).append("</button></form>");
                } else {
                    html.append("<form method=\"get\" action=\"").append(attribute(page)).append("#candidature-")
                            .append(reference).append("\"><input type=\"hidden\" name=\"confirmer\" value=\"")
                            .append(row.getId()).append("\"/><button type=\"submit\" class=\"button secondary\" aria-label=\"")
                            .append(attribute(row.getWithdrawLabel())).append("\">").append(withdraw)
                            .append("</button></form>");
                }
            }
            html.append("</li>");
        }
        return html.toString();
    }

    private static void fact(StringBuilder html, String term, String definition, String styleClass) {
        html.append("<div><dt>").append(term).append("</dt><dd")
                .append(styleClass == null ? "" : " class=\"" + styleClass + "\"").append('>').append(definition)
                .append("</dd></div>");
    }
}

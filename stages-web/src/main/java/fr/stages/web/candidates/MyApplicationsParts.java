package fr.stages.web.candidates;

import static fr.stages.web.Html.attribute;
import static fr.stages.web.Html.text;

import fr.stages.candidates.entity.CandidateFile;
import fr.stages.spontaneous.entity.SpontaneousApplication;
import fr.stages.web.Texts;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parts of « Mes candidatures » that depend on the candidate, written here once for both ways the page is
 * served: by Faces (CompteCandidaturesPage writes them as they are) and from the page's frame (MyApplicationsFrames
 * fills the frame with them). Everything else of the page is the same for every candidate of one language.
 */
final class MyApplicationsParts {

    static final String SIGNED_IN = "signedIn";
    static final String OFFERS = "offers";
    static final String SPONTANEOUS = "spontaneous";
    static final Set<String> PARTS = Set.of(SIGNED_IN, OFFERS, SPONTANEOUS);

    private final CandidateFile file;
    private final List<MyApplicationRow> rows;
    private final Texts texts;
    private final String contextPath;
    private final Long confirming;
    private final Long confirmingSpontaneous;

    MyApplicationsParts(CandidateFile file, List<MyApplicationRow> rows, Texts texts, String contextPath,
                        Long confirming, Long confirmingSpontaneous) {
        this.file = file;
        this.rows = rows;
        this.texts = texts;
        this.contextPath = contextPath;
        this.confirming = confirming;
        this.confirmingSpontaneous = confirmingSpontaneous;
    }

    /** The rows of a file, each made once (MyApplicationRow says why). */
    static List<MyApplicationRow> rows(CandidateFile file, Texts texts) {
        return file.applications().stream().map(a -> new MyApplicationRow(a, file.mailsOf(a), texts)).toList();
    }

    String part(String name) {
        return switch (name) {
            case SIGNED_IN -> text(texts.get("candidate.signedInAs", file.email()));
            case OFFERS -> offers();
            case SPONTANEOUS -> spontaneous();
            default -> throw new IllegalArgumentException(name);
        };
    }

    private String offers() {
        StringBuilder html = new StringBuilder(rows.size() * 900 + 300);
        html.append("<h2 id=\"offers-title\">").append(text(texts.get("candidate.applications.offers", rows.size())))
                .append("</h2>");
        if (rows.isEmpty()) {
            html.append("<p>").append(text(texts.get("candidate.applications.none"))).append(" <a href=\"")
                    .append(attribute(contextPath)).append("/\">").append(text(texts.get("candidate.applications.browse")))
                    .append("</a></p>");
        }
        return html.append("<ol class=\"my-applications\" aria-labelledby=\"offers-title\">")
                .append(MyApplicationsHtml.write(rows, confirming, contextPath, texts)).append("</ol>").toString();
    }

    /** The spontaneous applications, with the same plain forms as the applications (WithdrawServlet). */
    private String spontaneous() {
        List<SpontaneousApplication> sent = file.spontaneous();
        StringBuilder html = new StringBuilder(sent.size() * 900 + 300);
        html.append("<h2 id=\"spontaneous-title\">")
                .append(text(texts.get("candidate.applications.spontaneous", sent.size()))).append("</h2>");
        if (sent.isEmpty()) {
            html.append("<p>").append(text(texts.get("candidate.applications.noSpontaneous"))).append(" <a href=\"")
                    .append(attribute(contextPath)).append("/spontaneous/apply.xhtml\">")
                    .append(text(texts.get("candidate.applications.sendSpontaneous"))).append("</a></p>");
        }
        html.append("<ol class=\"my-applications\" aria-labelledby=\"spontaneous-title\">");
        String page = contextPath + "/compte/candidatures.xhtml";
        for (SpontaneousApplication s : sent) {
            String reference = attribute(s.getReference());
            String received = texts.date(s.getReceivedAt());
            html.append("<li class=\"my-application\" id=\"spontanee-").append(reference).append("\"><h3>")
                    .append(text(texts.get("candidate.applications.spontaneousOf", received)))
                    .append("</h3><dl class=\"facts\"><div><dt>").append(text(texts.get("candidate.applications.reference")))
                    .append("</dt><dd>").append(text(s.getReference())).append("</dd></div><div><dt>")
                    .append(text(texts.get("candidate.applications.directions"))).append("</dt><dd>")
                    .append(text(s.getSortedDirections().stream().map(d -> d.getName()).collect(Collectors.joining(", "))))
                    .append("</dd></div>");
            if (s.getWishedStart() != null) {
                html.append("<div><dt>").append(text(texts.get("candidate.applications.period"))).append("</dt><dd>")
                        .append(text(texts.get("candidate.applications.fromTo", texts.date(s.getWishedStart()),
                                texts.date(s.getWishedEnd())))).append("</dd></div>");
            }
            html.append("</dl>");
            if (confirmingSpontaneous != null && confirmingSpontaneous == s.getId().longValue()) {
                html.append("<form method=\"post\" action=\"").append(attribute(contextPath)).append(WithdrawServlet.PATH)
                        .append("\"><input type=\"hidden\" name=\"spontanee\" value=\"").append(s.getId())
                        .append("\"/><p class=\"warning\" id=\"confirm-spontaneous-").append(s.getId()).append("\">")
                        .append(text(texts.get("candidate.withdrawSpontaneous.confirmText")))
                        .append("</p><button type=\"submit\" name=\"action\" value=\"confirmer\" class=\"button\"")
                        .append(" aria-describedby=\"confirm-spontaneous-").append(s.getId())
                        .append("\" autofocus=\"autofocus\">").append(text(texts.get("candidate.withdraw.confirm")))
                        .append("</button> <button type=\"submit\" name=\"action\" value=\"annuler\" class=\"button secondary\">")
                        .append(text(texts.get("candidate.withdraw.cancel"))).append("</button></form>");
            } else {
                html.append("<form method=\"get\" action=\"").append(attribute(page)).append("#spontanee-")
                        .append(reference).append("\"><input type=\"hidden\" name=\"confirmerSpontanee\" value=\"")
                        .append(s.getId()).append("\"/><button type=\"submit\" class=\"button secondary\" aria-label=\"")
                        .append(attribute(texts.get("candidate.withdrawSpontaneous", received))).append("\">")
                        .append(text(texts.get("candidate.withdraw"))).append("</button></form>");
            }
            html.append("</li>");
        }
        return html.append("</ol>").toString();
    }
}

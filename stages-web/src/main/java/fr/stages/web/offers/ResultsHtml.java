package fr.stages.web.offers;

import fr.stages.web.Texts;
import fr.stages.web.offers.SearchBacking.Group;
import fr.stages.web.offers.SearchBacking.Option;
import java.util.List;

/**
 * The two long lists of the search page, the filters' check boxes and the result cards, written here rather than
 * by Facelets. With 10,000 offers online, a search never asked before spent most of its time evaluating these
 * lists' 1,300 or so expressions (JFR: Facelets, the EL and CDI's name resolution, about 70 % of the samples); here
 * they cost a few string appends. The markup is the one index.xhtml had; the rest of the page stays there.
 */
final class ResultsHtml {

    private ResultsHtml() {
    }

    /** Each filter: a folding group of check boxes; a value that would give nothing is shown, not choosable. */
    static String filters(List<Group> groups) {
        StringBuilder html = new StringBuilder(16 * 1024);
        for (Group group : groups) {
            html.append("<details id=\"group-").append(attribute(group.name())).append('"')
                    .append(group.open() ? " open=\"open\"" : "").append(">\n<summary>")
                    .append(text(group.legend())).append("</summary>\n<fieldset>\n<legend class=\"visually-hidden\">")
                    .append(text(group.legend())).append("</legend>\n<ul>\n");
            for (Option option : group.options()) {
                String id = attribute(option.id());
                html.append(option.isDisabled() ? "<li class=\"empty\">" : "<li>")
                        .append("<input type=\"checkbox\" id=\"").append(id).append("\" name=\"")
                        .append(attribute(group.name())).append("\" value=\"").append(attribute(option.value()))
                        .append('"').append(option.selected() ? " checked=\"checked\"" : "")
                        .append(option.isDisabled() ? " disabled=\"disabled\"" : "").append("/><label for=\"")
                        .append(id).append("\">").append(text(option.label())).append(" <span class=\"count\">")
                        .append(text(option.countLabel())).append("</span></label></li>\n");
            }
            html.append("</ul>\n</fieldset>\n</details>\n");
        }
        return html.toString();
    }

    /** The results of the page, each a card with its facts and the button that adds it to the selection. */
    static String cards(List<Card> cards, String contextPath, Texts texts) {
        String place = text(texts.get("offer.place"));
        String start = text(texts.get("offer.start"));
        String duration = text(texts.get("offer.duration"));
        String hours = text(texts.get("offer.weeklyHours"));
        String level = text(texts.get("offer.level"));
        String gratification = text(texts.get("offer.gratification"));
        String remote = "<div><dt>" + text(texts.get("offer.remote")) + "</dt><dd>"
                + text(texts.get("offer.remote.short")) + "</dd></div>\n";
        String add = attribute(texts.get("selection.add"));
        String remove = attribute(texts.get("selection.remove"));
        StringBuilder html = new StringBuilder(cards.size() * 1600);
        for (Card card : cards) {
            String title = text(card.title());
            html.append("<li class=\"offer-card\">\n<article>\n<h3><a href=\"").append(attribute(contextPath))
                    .append("/offers/offer.xhtml?id=").append(card.id()).append("\">").append(title)
                    .append("</a></h3>\n<p class=\"direction\">").append(text(card.direction()))
                    .append("</p>\n<dl class=\"facts\">\n");
            fact(html, place, card.place());
            fact(html, start, card.start());
            fact(html, duration, card.duration());
            fact(html, hours, card.hours());
            fact(html, level, card.level());
            html.append("<div><dt>").append(gratification).append("</dt><dd class=\"")
                    .append(card.paid() ? "tag paid" : "tag unpaid").append("\">").append(text(card.paidLabel()))
                    .append("</dd></div>\n").append(card.remote() ? remote : "")
                    .append("</dl>\n<p class=\"excerpt\">").append(text(card.excerpt()))
                    .append("</p>\n<p class=\"published\">").append(text(card.published()))
                    .append("</p>\n<button type=\"button\" class=\"select-offer js-only\" data-select=\"")
                    .append(card.id()).append("\" data-title=\"").append(attribute(card.title()))
                    .append("\" data-add=\"").append(add).append("\" data-remove=\"").append(remove)
                    .append("\" aria-pressed=\"false\"><span class=\"label\">").append(add)
                    .append("</span><span class=\"visually-hidden\"> – ").append(title)
                    .append("</span></button>\n</article>\n</li>\n");
        }
        return html.toString();
    }

    private static void fact(StringBuilder html, String name, String value) {
        html.append("<div><dt>").append(name).append("</dt><dd>").append(text(value)).append("</dd></div>\n");
    }

    /** Text between tags, escaped as Faces escapes it. */
    static String text(String value) {
        return escape(value, false);
    }

    /** A value between double quotes. */
    static String attribute(String value) {
        return escape(value, true);
    }

    private static String escape(String value, boolean quotes) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> quotes ? "&quot;" : null;
                default -> null;
            };
            if (entity != null && escaped == null) {
                escaped = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (escaped != null) {
                if (entity != null) {
                    escaped.append(entity);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? value : escaped.toString();
    }
}

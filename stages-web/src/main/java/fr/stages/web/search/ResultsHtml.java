package fr.stages.web.search;

import fr.stages.web.Texts;
import fr.stages.web.offers.Card;
import fr.stages.web.search.ResultsView.Group;
import fr.stages.web.search.ResultsView.Link;
import fr.stages.web.search.ResultsView.Option;
import java.util.List;

/**
 * What changes from one search to the next, written here rather than by Facelets: the filters' check boxes, and
 * the results (count, sort, chosen criteria, cards, pages). With 10,000 offers online, a search never asked before
 * spent most of its time evaluating these lists' 1,300 or so expressions (JFR: Facelets, the EL and CDI's name
 * resolution, about 70 % of the samples); here they cost a few string appends. Once the cards were here, the
 * remaining expressions of the results (sort, chips, pages: about forty, each resolved through CDI) were still a
 * fifth of the page's processor time, so they came here too. The markup is the one index.xhtml had; the page's
 * frame, form and texts that do not depend on the search stay there (rendered by Faces once per language: see
 * PageFrame), except the search box, whose empty value Facelets leaves out.
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
                        .append(id).append("\">").append(inLanguage(option.label(), option.lang()))
                        .append(" <span class=\"count\">")
                        .append(text(option.countLabel())).append("</span></label></li>\n");
            }
            html.append("</ul>\n</fieldset>\n</details>\n");
        }
        return html.toString();
    }

    /** The search box, with the keywords searched if any (as Facelets wrote it: no value="" when empty). */
    static String keywordsBox(String keywords) {
        return "<input type=\"search\" id=\"q\" name=\"q\""
                + (keywords == null || keywords.isEmpty() ? "" : " value=\"" + attribute(keywords) + '"')
                + " maxlength=\"200\" aria-describedby=\"q-hint\" />";
    }

    /**
     * The whole results column: heading with the count and the sort, the chosen criteria each with the link that
     * removes it, the advice when nothing matches, the cards, the pages, the feed of the same search.
     */
    static String results(ResultsView view, String contextPath, Texts texts) {
        // room at once for the column of a page of 20 cards (its list and pages: 28,775 characters for a search
        // of the national bench)
        StringBuilder html = new StringBuilder(8 * 1024 + view.cards().size() * 1600);
        html.append("<div class=\"results-bar\">\n<h2 id=\"results-title\" tabindex=\"-1\" class=\"count\">"
                        + "<span id=\"result-count\">").append(text(view.count())).append("</span></h2>\n")
                .append("<div class=\"sort\">\n<label for=\"tri\">").append(text(texts.get("search.sort")))
                .append("</label>\n<select id=\"tri\" name=\"tri\">\n");
        for (Link sort : view.sorts()) {
            html.append("<option value=\"").append(attribute(sort.url())).append('"')
                    .append(sort.current() ? " selected=\"selected\"" : "").append('>').append(text(sort.label()))
                    .append("</option>\n");
        }
        html.append("</select>\n<button type=\"submit\" class=\"button secondary apply-filters\">")
                .append(text(texts.get("search.sort.apply"))).append("</button>\n</div>\n</div>\n");
        chosen(html, view, texts);
        if (view.none() != null) {
            boolean narrowed = view.none();
            html.append("<div class=\"no-result\">\n<p>")
                    .append(text(texts.get(narrowed ? "search.none" : "home.empty"))).append("</p>\n");
            if (narrowed) {
                html.append("<p>").append(text(texts.get("search.none.hint"))).append("</p>\n");
            }
            html.append("</div>\n");
        }
        html.append("<ol class=\"offer-list\">\n");
        cards(html, view.cards(), contextPath, texts);
        html.append("</ol>\n");
        pages(html, view, texts);
        html.append("<p class=\"feed\"><a id=\"alert-link\" href=\"").append(attribute(view.alert())).append("\">")
                .append(text(texts.get("search.alert"))).append("</a> · <a href=\"").append(attribute(view.atom()))
                .append("\">").append(text(texts.get("search.atom"))).append("</a></p>\n");
        return html.toString();
    }

    /** The chosen keywords and filter values as chips, each a link to the same search without it. */
    private static void chosen(StringBuilder html, ResultsView view, Texts texts) {
        List<Link> chosen = view.chosen();
        if (chosen.isEmpty()) {
            return;
        }
        String remove = texts.get("search.chosen.remove");
        html.append("<div class=\"chosen\">\n<p id=\"chosen-title\" class=\"visually-hidden\">")
                .append(text(texts.get("search.chosen"))).append("</p>\n<ul aria-labelledby=\"chosen-title\">\n");
        for (Link chip : chosen) {
            html.append("<li><a class=\"chip\" data-search=\"data-search\" href=\"").append(attribute(chip.url()))
                    .append("\" title=\"").append(attribute(remove)).append("\">").append(chipLabel(chip))
                    .append("<span class=\"visually-hidden\"> – ").append(text(remove))
                    .append("</span><span aria-hidden=\"true\"> ×</span></a></li>\n");
        }
        if (view.clearAll() != null) {
            html.append("<li><a class=\"clear-all\" data-search=\"data-search\" href=\"")
                    .append(attribute(view.clearAll())).append("\">")
                    .append(text(texts.get("search.chosen.clearAll"))).append("</a></li>\n");
        }
        html.append("</ul>\n</div>\n");
    }

    /** Previous, a window of pages around the current one (the current one marked for screen readers), next. */
    private static void pages(StringBuilder html, ResultsView view, Texts texts) {
        List<Link> pages = view.pages();
        if (pages.isEmpty()) {
            return;
        }
        String page = "<span class=\"visually-hidden\">" + text(texts.get("search.page")) + " </span>";
        html.append("<nav class=\"pagination\" aria-label=\"").append(attribute(texts.get("search.pages")))
                .append("\">\n<ul>\n");
        String previous = view.previous();
        String next = view.next();
        if (previous != null) {
            html.append("<li><a data-search=\"data-search\" href=\"").append(attribute(previous))
                    .append("\" rel=\"prev\">").append(text(texts.get("search.previous"))).append("</a></li>\n");
        }
        for (Link link : pages) {
            if (link.url() == null) {
                html.append("<li><span aria-hidden=\"true\">…</span></li>\n");
            } else if (link.current()) {
                html.append("<li><a href=\"").append(attribute(link.url()))
                        .append("\" aria-current=\"page\" class=\"current\">").append(page)
                        .append(text(link.label())).append("</a></li>\n");
            } else {
                html.append("<li><a data-search=\"data-search\" href=\"").append(attribute(link.url()))
                        .append("\">").append(page).append(text(link.label())).append("</a></li>\n");
            }
        }
        if (next != null) {
            html.append("<li><a data-search=\"data-search\" href=\"").append(attribute(next))
                    .append("\" rel=\"next\">").append(text(texts.get("search.next"))).append("</a></li>\n");
        }
        html.append("</ul>\n</nav>\n");
    }

    /**
     * The results of the page, each a card with its facts and the button that adds it to the selection (alone:
     * ResultsHtmlTest; the page writes them into its column).
     */
    static String cards(List<Card> cards, String contextPath, Texts texts) {
        StringBuilder html = new StringBuilder(cards.size() * 1600);
        cards(html, cards, contextPath, texts);
        return html.toString();
    }

    private static void cards(StringBuilder html, List<Card> cards, String contextPath, Texts texts) {
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
        for (Card card : cards) {
            String title = text(card.title());
            // what the directions write is French, on English pages too (lang: read with a French voice)
            html.append("<li class=\"offer-card\">\n<article>\n<h3 lang=\"fr\"><a href=\"").append(attribute(contextPath))
                    .append("/offers/offer.xhtml?id=").append(card.id()).append("\">").append(title)
                    .append("</a></h3>\n<p class=\"direction\" lang=\"fr\">").append(text(card.direction()))
                    .append("</p>\n<dl class=\"facts\">\n");
            fact(html, place, card.place(), card.placeLang());
            fact(html, start, card.start());
            fact(html, duration, card.duration());
            fact(html, hours, card.hours());
            fact(html, level, card.level());
            html.append("<div><dt>").append(gratification).append("</dt><dd class=\"")
                    .append(card.paid() ? "tag paid" : "tag unpaid").append("\">").append(text(card.paidLabel()))
                    .append("</dd></div>\n").append(card.remote() ? remote : "")
                    .append("</dl>\n<p class=\"excerpt\" lang=\"fr\">").append(text(card.excerpt()))
                    .append("</p>\n<p class=\"published\">").append(text(card.published()))
                    .append("</p>\n<button type=\"button\" class=\"select-offer js-only\" data-select=\"")
                    .append(card.id()).append("\" data-title=\"").append(attribute(card.title()))
                    .append("\" data-add=\"").append(add).append("\" data-remove=\"").append(remove)
                    .append("\" aria-pressed=\"false\"><span class=\"label\">").append(add)
                    .append("</span><span class=\"visually-hidden\"> – <span lang=\"fr\">").append(title)
                    .append("</span></span></button>\n</article>\n</li>\n");
        }
    }

    /** A text escaped, inside a span marking its language when it is not the page's (null: the page's). */
    static String inLanguage(String value, String lang) {
        return lang == null ? text(value) : "<span lang=\"" + attribute(lang) + "\">" + text(value) + "</span>";
    }

    /** "Direction: Direction des parcours", its French value marked as such on an English page. */
    private static String chipLabel(Link chip) {
        int at = chip.valueLang() == null ? -1 : chip.label().lastIndexOf(chip.value());
        if (at < 0) {
            return text(chip.label());
        }
        return text(chip.label().substring(0, at)) + inLanguage(chip.value(), chip.valueLang())
                + text(chip.label().substring(at + chip.value().length()));
    }

    private static void fact(StringBuilder html, String name, String value) {
        fact(html, name, value, null);
    }

    /** A fact; lang: the value's language when it is not the page's (a French name on an English page), or null. */
    private static void fact(StringBuilder html, String name, String value, String lang) {
        html.append("<div><dt>").append(name).append("</dt><dd").append(lang == null ? "" : " lang=\"" + attribute(lang)
                + '"').append('>').append(text(value)).append("</dd></div>\n");
    }

    /** Text between tags, escaped as Faces escapes it. */
    static String text(String value) {
        return fr.stages.web.Html.text(value);
    }

    /** A value between double quotes. */
    static String attribute(String value) {
        return fr.stages.web.Html.attribute(value);
    }
}

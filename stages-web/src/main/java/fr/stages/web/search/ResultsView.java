package fr.stages.web.search;

import fr.stages.web.offers.Card;
import java.util.List;

/**
 * The results column of one search, every text already in the reader's language and every link made: what
 * ResultsHtml writes, and all it reads. Built by IndexPage.
 *
 * @param count     « 12 offres correspondent »
 * @param sorts     the orders to choose from, the current one marked
 * @param chosen    the chosen keywords and filter values, each with the link that removes it
 * @param clearAll  the link that removes every filter; null when none is chosen
 * @param none      null when something matched; else the advice key's choice: narrowed by keywords or filters
 * @param cards     the offers of the page
 * @param pages     a window of pages (a link without address: a gap)
 * @param previous  the previous page's link, or null
 * @param next      the next page's link, or null
 * @param atom      the feed of the same search
 * @param alert     the page that saves the same search as an alert by mail
 */
public record ResultsView(String count, List<Link> sorts, List<Link> chosen, String clearAll, Boolean none,
                          List<Card> cards, List<Link> pages, String previous, String next, String atom,
                          String alert) {

    /** A link; value and valueLang: the part of its label that is in another language than the page's, if any. */
    public record Link(String label, String url, boolean current, String value, String valueLang) {
        Link(String label, String url, boolean current) {
            this(label, url, current, null, null);
        }
    }

    /** A filter as the page shows it: a group of check boxes. */
    public record Group(String name, String legend, boolean open, List<Option> options) {
    }

    /** A value to check (lang: "fr" when its label is French on a page in another language, else null). */
    public record Option(String id, String value, String label, String lang, int count, String countLabel,
                         boolean selected) {
        /** A value giving nothing cannot be chosen. */
        public boolean isDisabled() {
            return count == 0 && !selected;
        }
    }
}

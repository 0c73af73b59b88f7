/**
 * The public search page (the home page): IndexPage turns the query string into one immutable SearchPage
 * (its results column a ResultsView, written as HTML by ResultsHtml from that view alone); SearchFrames serves the
 * page from a frame that Faces renders once per language (PageFrame). Not here: the search itself (the business's
 * search capability and its index), the offer cards and names shared with the offer page (web.offers), the
 * keeping of the pages it makes (web.pagecache).
 */
package fr.stages.web.search;

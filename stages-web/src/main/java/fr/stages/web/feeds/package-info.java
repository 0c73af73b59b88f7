/**
 * What machines read of the public site: the sitemap and robots.txt for search engines, and Atom feeds of the
 * latest offers for any search. Plain servlets: no Faces, no session.
 */
package fr.stages.web.feeds;

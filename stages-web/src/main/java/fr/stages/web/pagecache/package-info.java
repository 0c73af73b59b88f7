/**
 * The copies of the public pages every visitor reads, kept once rendered and served while the public data they
 * were made from is current (fr.stages.platform.PublicData) on the same day: PageCache, a filter that keeps
 * whatever the rest of the chain produced for a public GET, keyed by address and language; KeptPages, where the
 * compressed copies live; Gzip. Knows nothing of Faces, frames or search; nothing outside uses its parts.
 */
package fr.stages.web.pagecache;

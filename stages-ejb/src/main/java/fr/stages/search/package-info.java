/**
 * How candidates find offers: an in-memory index of the offers online (Lucene for French keywords, plain Java
 * for crossed filters and their counts), rebuilt from the database at startup and updated on every instance
 * after each committed change of an offer. It answers public searches only; the back-office lists read the
 * database.
 */
package fr.stages.search;

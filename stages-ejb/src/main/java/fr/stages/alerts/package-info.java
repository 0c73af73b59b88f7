/**
 * Search alerts: a public search saved with a name and a rhythm (daily, weekly), whose new offers are mailed as a
 * digest — only offers published since the previous digest and still open — with a one-click unsubscribe. For a
 * signed-in candidate (their proved address) or for anyone, confirmed by a double opt-in mail.
 * <p>
 * Not here: the search itself (search: the criteria, the index the digests match against), the mail road
 * (notifications), the candidate's account (candidates), which alerts only name.
 */
package fr.stages.alerts;

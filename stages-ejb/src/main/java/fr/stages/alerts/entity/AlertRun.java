package fr.stages.alerts.entity;

/**
 * What a morning run of the alerts did: the offers new since the oldest due alert's previous digest, the alerts
 * due, the digests queued, the alerts of batches that failed (left for the next run), the unconfirmed alerts
 * forgotten; the milliseconds to index the new offers, and to match every alert and queue every digest (the
 * index's included).
 */
public record AlertRun(int newOffers, int due, int mailed, int failed, int forgotten, long indexMillis,
                       long totalMillis) {

    @Override
    public String toString() {
        return newOffers + " offres nouvelles, " + due + " alertes dues, " + mailed + " courriels mis en file, " + failed + " alertes d'un lot en échec (au prochain envoi), "
                + forgotten + " alertes non confirmées oubliées ; index " + indexMillis + " ms, total " + totalMillis
                + " ms";
    }
}

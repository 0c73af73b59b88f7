package fr.stages.alerts.entity;

/**
 * What a morning run of the alerts did: the offers new since the oldest due alert's previous digest, the alerts
 * due, the digests queued, the unconfirmed alerts forgotten; the milliseconds to index the new offers, and to
 * match every alert and queue every digest (the index's included).
 */
public record AlertRun(int newOffers, int due, int mailed, int forgotten, long indexMillis, long totalMillis) {

    @Override
    public String toString() {
        return newOffers + " offres nouvelles, " + due + " alertes dues, " + mailed + " courriels mis en file, "
                + forgotten + " alertes non confirmées oubliées ; index " + indexMillis + " ms, total " + totalMillis
                + " ms";
    }
}

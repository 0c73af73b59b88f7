package fr.stages.retention.control;

import fr.stages.applications.entity.Document;
import jakarta.persistence.EntityManager;
import java.util.Collection;

/**
 * The files of applications being erased: a file is shared by the applications of one sending (one CV for
 * several offers), so it goes only once no application, to an offer or spontaneous, still uses it. For the
 * nightly erasure (Retention) and an erasure asked by the person (candidates).
 */
public final class Files {

    private Files() {
    }

    /**
     * Removes those of the files that nothing uses any more (call it after the applications that held them are
     * gone or no longer hold them, and flushed).
     *
     * @return how many were removed
     */
    public static int removeUnused(EntityManager em, Collection<Document> files) {
        int removed = 0;
        for (Document file : files) {
            if (unused(em, file)) {
                em.remove(file);
                removed++;
            }
        }
        return removed;
    }

    private static boolean unused(EntityManager em, Document file) {
        long byApplications = em.createQuery(
                        "select count(a) from Application a where a.cv = :f or a.letter = :f", Long.class)
                .setParameter("f", file).getSingleResult();
        long bySpontaneous = em.createQuery(
                        "select count(s) from SpontaneousApplication s where s.cv = :f or s.letter = :f", Long.class)
                .setParameter("f", file).getSingleResult();
        return byApplications + bySpontaneous == 0;
    }
}

package fr.stages.retention.control;

import fr.stages.applications.entity.Document;
import fr.stages.spontaneous.entity.SpontaneousApplication;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;

/**
 * What erasing applications shares, whether the nightly retention (Retention) or the person (candidates) asks:
 * spontaneous applications go with the mails about them, and their files go once nothing uses them any more — a
 * file is shared by the applications of one sending (one CV for several offers), to offers or spontaneous.
 */
public final class Erasure {

    private Erasure() {
    }

    /** Adds an application's files (a CV, a letter, either possibly absent) to those to remove once unused. */
    public static void collect(Collection<Document> files, Document cv, Document letter) {
        if (cv != null) {
            files.add(cv);
        }
        if (letter != null) {
            files.add(letter);
        }
    }

    /**
     * Deletes those spontaneous applications and the mails about them; their files are added to {@code files}
     * (removed by {@link #removeUnused} once the deletions are flushed).
     */
    public static void deleteSpontaneous(EntityManager em, List<SpontaneousApplication> applications,
                                         Collection<Document> files) {
        if (applications.isEmpty()) {
            return;
        }
        em.createQuery("delete from Mail m where m.spontaneousId in :ids")
                .setParameter("ids", applications.stream().map(SpontaneousApplication::getId).toList())
                .executeUpdate();
        for (SpontaneousApplication application : applications) {
            collect(files, application.getCv(), application.getLetter());
            em.remove(application);
        }
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

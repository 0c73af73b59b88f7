package fr.stages.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * Makes a daily job run once a day across every instance of the platform: each instance's timer fires, the
 * first to write the day's row in the shared database wins, the others' insert breaks the primary key.
 */
@Stateless
@PermitAll
public class DailyRuns {

    @PersistenceContext
    EntityManager em;

    /**
     * Claims the day for the job, in a transaction of its own, committed before the job starts: false when the
     * day is claimed already. Two instances at the very same moment: the second one's insert fails and it
     * receives an EJBException, which means the same.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String job, LocalDate day) {
        if (em.find(DailyRun.class, new DailyRun.Key(job, day)) != null) {
            return false;
        }
        em.persist(new DailyRun(job, day));
        em.flush();
        return true;
    }
}

package fr.stages.retention.boundary;

import fr.stages.applications.entity.Application;
import fr.stages.applications.entity.Document;
import fr.stages.platform.CityTime;
import fr.stages.platform.TimerRuns;
import fr.stages.retention.control.Erasure;
import fr.stages.spontaneous.entity.SpontaneousApplication;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Erases, every night, what the privacy notice says is kept no longer: an application 12 months after it
 * arrived (24 months with the talent-pool consent), a spontaneous application 12 months after; with them, their
 * files (unless another application still uses one) and their mail log rows, which name the candidate.
 */
@Stateless
@PermitAll
@Interceptors(TimerRuns.class)
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());
    public static final int APPLICATION_MONTHS = 12;
    public static final int TALENT_POOL_MONTHS = 24;

    /** Rows erased per transaction: the first night on a large base has hundreds of thousands to erase. */
    static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Schedule(hour = "3", minute = "20", persistent = false, timezone = CityTime.ZONE_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void nightly() {
        Erased erased = eraseExpired();
        LOG.info(() -> "Conservation des données : " + erased.applications() + " candidature(s), "
                + erased.spontaneous() + " candidature(s) spontanée(s) et " + erased.documents()
                + " fichier(s) effacés");
    }

    /** How many of each were erased. */
    public record Erased(int applications, int spontaneous, int documents) {

        Erased plus(Erased other) {
            return new Erased(applications + other.applications, spontaneous + other.spontaneous,
                    documents + other.documents);
        }
    }

    /**
     * Erases in batches of BATCH, each in its own transaction, until nothing is left to erase: one transaction
     * for everything held every expired application in memory at once (374,000 of the benchmark's million ran
     * a 256 MB heap out of memory at 03:20), and a failure half-way lost the whole night's work.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Erased eraseExpired() {
        LocalDateTime now = CityTime.now();
        Retention self = context.getBusinessObject(Retention.class);
        Erased total = new Erased(0, 0, 0);
        Erased batch;
        do {
            batch = self.eraseBatch(now);
            total = total.plus(batch);
        } while (batch.applications() + batch.spontaneous() > 0);
        return total;
    }

    /** At most BATCH expired applications and BATCH expired spontaneous ones, with their mails and unused files. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Erased eraseBatch(LocalDateTime now) {
        List<Application> applications = em.createQuery("""
                        select a from Application a
                        where (a.talentPool = false and a.receivedAt < :limit)
                           or (a.talentPool = true and a.receivedAt < :poolLimit)""", Application.class)
                .setParameter("limit", now.minusMonths(APPLICATION_MONTHS))
                .setParameter("poolLimit", now.minusMonths(TALENT_POOL_MONTHS))
                .setMaxResults(BATCH)
                .getResultList();
        List<SpontaneousApplication> spontaneous = em.createQuery(
                        "select s from SpontaneousApplication s where s.receivedAt < :limit",
                        SpontaneousApplication.class)
                .setParameter("limit", now.minusMonths(SpontaneousApplication.RETENTION_MONTHS))
                .setMaxResults(BATCH)
                .getResultList();
        Set<Document> files = new HashSet<>();
        if (!applications.isEmpty()) {
            em.createQuery("delete from Mail m where m.applicationId in :ids")
                    .setParameter("ids", applications.stream().map(Application::getId).toList()).executeUpdate();
        }
        for (Application application : applications) {
            Erasure.collect(files, application.getCv(), application.getLetter());
            em.remove(application);
        }
        Erasure.deleteSpontaneous(em, spontaneous, files);
        em.flush();
        return new Erased(applications.size(), spontaneous.size(), Erasure.removeUnused(em, files));
    }
}

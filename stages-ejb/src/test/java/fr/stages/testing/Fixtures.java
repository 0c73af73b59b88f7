package fr.stages.testing;

import fr.stages.applications.entity.Application;
import fr.stages.applications.entity.Candidate;
import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.JobFamily;
import fr.stages.directions.entity.Place;
import fr.stages.notifications.entity.Mail;
import fr.stages.offers.entity.EducationLevel;
import fr.stages.offers.entity.Offer;
import fr.stages.offers.entity.OfferStatus;
import fr.stages.offers.entity.Period;
import fr.stages.platform.CityTime;
import fr.stages.spontaneous.entity.SpontaneousApplication;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Test data written inside the container, in its own transactions. Codes and names are unique per call, so
 * tests never depend on each other nor on what an earlier run left in a PostgreSQL database.
 */
@Stateless
public class Fixtures {

    @PersistenceContext
    EntityManager em;

    public Direction direction() {
        String code = unique();
        Direction direction = new Direction(code, "Direction de test " + code, "Présentation " + code);
        em.persist(direction);
        return direction;
    }

    /** An offer of that direction, brought to the status asked for, with that application deadline. */
    public long offer(long directionId, OfferStatus status, LocalDate deadline) {
        String code = unique();
        return offer(directionId, status, deadline, "Offre de test " + code, "Missions " + code);
    }

    /** The same, with a title and missions of the test's choosing (search tests). */
    public long offer(long directionId, OfferStatus status, LocalDate deadline, String title, String missions) {
        String code = unique();
        Place place = new Place(code, "Lieu " + code, null, "75004", null, null);
        JobFamily family = new JobFamily("Famille " + code);
        em.persist(place);
        em.persist(family);
        Offer offer = new Offer(em.find(Direction.class, directionId), null, family, place, null)
                .describe(title, missions, "Profil " + code)
                .schedule(new Period(deadline.plusWeeks(3), 8), 35, deadline)
                .conditions(false, EducationLevel.BAC_3, false, 1, null, "contact." + code.toLowerCase() + "@paris.example");
        em.persist(offer);
        offer.assignReference();
        LocalDate today = CityTime.today();
        if (status != OfferStatus.DRAFT) {
            offer.publish(deadline.isBefore(today) ? deadline : today);
        }
        switch (status) {
            case UNPUBLISHED -> offer.unpublish();
            case FILLED -> offer.markFilled();
            case EXPIRED -> offer.expireIfOverdue(deadline.plusDays(1));
            default -> { }
        }
        return offer.getId();
    }

    /** A correspondent of that direction, whose address is their login; answers the login. */
    public String correspondent(long directionId) {
        String login = unique().toLowerCase() + "@correspondants.example";
        em.persist(fr.stages.accounts.entity.Agent.correspondent(login, "not-a-hash", "Correspondant " + login,
                em.find(Direction.class, directionId)));
        return login;
    }

    /** That application was answered (rejected by nobody in particular). */
    public void reject(long applicationId) {
        em.find(Application.class, applicationId).reject(null, null);
    }

    /** An application to that offer from a candidate of that address and language; answers its id. */
    public long application(long offerId, String email, String language) {
        Application application = new Application(em.find(Offer.class, offerId), new Candidate("Léa", "Martin",
                email, "06 12 34 56 78", "Sorbonne Université", "Master 1", EducationLevel.BAC_4, language),
                "Je suis très intéressée par cette offre.");
        em.persist(application);
        return application.getId();
    }

    public void unpublish(long offerId) {
        em.find(Offer.class, offerId).unpublish();
    }

    public void retitle(long offerId, String title) {
        Offer offer = em.find(Offer.class, offerId);
        offer.describe(title, offer.getMissions(), offer.getProfile());
    }

    public void deleteApplication(long applicationId) {
        em.remove(em.find(Application.class, applicationId));
    }

    /** A mail row written as a crash between the database's commit and the broker's leaves it: no message. */
    public long mailWithoutMessage(Mail mail) {
        em.persist(mail);
        em.flush();
        return mail.getId();
    }

    /**
     * Moves a mail's queuing back in time; claimed: as a server that stopped during its SMTP conversation left it
     * (SENDING since then). Evicted from the shared cache, as the row changes behind the JPA provider's back.
     */
    public void backdateMail(long mailId, LocalDateTime when, boolean claimed) {
        // no null parameter: PostgreSQL types an untyped null as text, which a timestamp column refuses
        if (claimed) {
            em.createNativeQuery("update mail set queued_at = ?, claimed_at = ?, status = 'SENDING' where id = ?")
                    .setParameter(1, when).setParameter(2, when).setParameter(3, mailId).executeUpdate();
        } else {
            em.createNativeQuery("update mail set queued_at = ?, claimed_at = null, status = 'QUEUED' where id = ?")
                    .setParameter(1, when).setParameter(2, mailId).executeUpdate();
        }
        em.getEntityManagerFactory().getCache().evict(Mail.class, mailId);
    }

    public List<Mail> mailsTo(String recipient) {
        return em.createQuery("select m from Mail m where m.recipient = :recipient order by m.id", Mail.class)
                .setParameter("recipient", recipient).getResultList();
    }

    public OfferStatus statusOf(long offerId) {
        return em.find(Offer.class, offerId).getStatus();
    }

    public String contactOf(long offerId) {
        return em.find(Offer.class, offerId).getContactEmail();
    }

    /** The applications a form sending created, with their files (ids of CV and letter). */
    public List<Object[]> applicationsOf(String submission) {
        return em.createQuery("select a.reference, a.offer.id, a.cv.id, l.id, a.candidate.email from"
                + " Application a left join a.letter l where a.submission = :s order by a.id", Object[].class)
                .setParameter("s", submission).getResultList();
    }

    /** A direction of that name (and a code of its own). */
    public Direction direction(String name) {
        Direction direction = new Direction(unique(), name, null);
        em.persist(direction);
        return direction;
    }

    /** A job family of its own with those names (englishName null: French only). */
    public long jobFamily(String name, String englishName) {
        JobFamily family = new JobFamily(name, englishName);
        em.persist(family);
        em.flush();
        return family.getId();
    }

    /** A job family of its own, for tests that choose some. */
    public long jobFamily() {
        JobFamily family = new JobFamily("Famille de test " + unique());
        em.persist(family);
        em.flush();
        return family.getId();
    }

    /** An application's id by its reference. */
    public long applicationId(String reference) {
        return em.createQuery("select a.id from Application a where a.reference = :r", Long.class)
                .setParameter("r", reference).getSingleResult();
    }

    /** Moves an application's arrival back in time (retention tests). */
    public void backdateApplication(long applicationId, LocalDateTime when) {
        em.find(Application.class, applicationId).backdate(when);
    }

    /** Moves a spontaneous application's arrival back in time (retention tests). */
    public void backdateSpontaneous(long spontaneousId, LocalDateTime when) {
        em.find(SpontaneousApplication.class, spontaneousId).backdate(when);
    }

    /** Whether a row of that entity with that id exists. */
    public boolean exists(Class<?> entity, long id) {
        return em.createQuery("select count(e) from " + entity.getSimpleName() + " e where e.id = :id", Long.class)
                .setParameter("id", id).getSingleResult() > 0;
    }

    /** Mail log rows about that spontaneous application. */
    public long mailsAboutSpontaneous(long spontaneousId) {
        return em.createQuery("select count(m) from Mail m where m.spontaneousId = :id", Long.class)
                .setParameter("id", spontaneousId).getSingleResult();
    }

    /** Mail log rows about that application. */
    public long mailsAboutApplication(long applicationId) {
        return em.createQuery("select count(m) from Mail m where m.applicationId = :id", Long.class)
                .setParameter("id", applicationId).getSingleResult();
    }

    /**
     * A sign-in failure and a forgotten-password request from that address hash, and the address as one where
     * the login signed in, all dated then (retention of sign-in traces).
     */
    public void signInTraces(String login, String clientHash, LocalDateTime then) {
        em.persist(new fr.stages.accounts.entity.LoginFailure(login, clientHash));
        em.persist(new fr.stages.accounts.entity.ResetRequest(clientHash));
        em.persist(new fr.stages.accounts.entity.KnownAddress(login, clientHash));
        em.flush();
        em.createNativeQuery("update login_failure set failed_at = ? where login = ?").setParameter(1, then)
                .setParameter(2, login).executeUpdate();
        em.createNativeQuery("update reset_request set requested_at = ? where client_hash = ?").setParameter(1, then)
                .setParameter(2, clientHash).executeUpdate();
        em.createNativeQuery("update known_address set last_success = ? where login = ?").setParameter(1, then)
                .setParameter(2, login).executeUpdate();
    }

    /** Moves every failed sign-in of that login to that time. */
    public void backdateLoginFailures(String login, LocalDateTime then) {
        em.createNativeQuery("update login_failure set failed_at = ? where login = ?").setParameter(1, then)
                .setParameter(2, login).executeUpdate();
    }

    /** Rows of that sign-in trace table (login_failure, reset_request, known_address) with that address hash. */
    public long signInTraces(String table, String clientHash) {
        return ((Number) em.createNativeQuery("select count(*) from " + table + " where client_hash = ?")
                .setParameter(1, clientHash).getSingleResult()).longValue();
    }

    /**
     * Every entity of the persistence unit, read whole (a few rows, every mapped column selected) and each of its
     * collections followed (join and collection tables): by name, "ok" or what the database answered.
     */
    public java.util.Map<String, String> readEveryEntity() {
        java.util.Map<String, String> outcomes = new java.util.TreeMap<>();
        for (jakarta.persistence.metamodel.EntityType<?> type : em.getMetamodel().getEntities()) {
            String name = type.getName();
            try {
                em.createQuery("select e from " + name + " e").setMaxResults(5).getResultList();
                for (jakarta.persistence.metamodel.PluralAttribute<?, ?, ?> plural : type.getPluralAttributes()) {
                    em.createQuery("select count(x) from " + name + " e join e." + plural.getName() + " x")
                            .getSingleResult();
                }
                outcomes.put(name, "ok");
            } catch (RuntimeException e) {
                outcomes.put(name, String.valueOf(e));
            }
        }
        return outcomes;
    }

    public long count(Class<?> entity) {
        return em.createQuery("select count(e) from " + entity.getSimpleName() + " e", Long.class).getSingleResult();
    }

    private static String unique() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }
}

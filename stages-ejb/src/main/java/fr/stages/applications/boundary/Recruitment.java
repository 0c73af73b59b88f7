package fr.stages.applications.boundary;

import fr.stages.accounts.boundary.Agents;
import fr.stages.accounts.entity.Agent;
import fr.stages.accounts.entity.Role;
import fr.stages.applications.entity.Answer;
import fr.stages.applications.entity.Application;
import fr.stages.applications.entity.ApplicationCriteria;
import fr.stages.applications.entity.ApplicationStatus;
import fr.stages.applications.entity.Candidate;
import fr.stages.applications.entity.Interview;
import fr.stages.notifications.boundary.Notifications;
import fr.stages.notifications.entity.Mail;
import fr.stages.offers.entity.Offer;
import fr.stages.platform.BusinessException;
import fr.stages.platform.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What a direction's agents do with the applications to the offers they manage: list and filter them, read
 * one (which marks it read), move it along the pipeline, note, invite to an interview, reject or write to
 * one or many. Every action is checked against the caller's service or direction; an application they do not
 * manage answers as if it did not exist. Each change and its mails are one transaction.
 */
@Stateless
@RolesAllowed({Role.AGENT_NAME, Role.CORRESPONDENT_NAME, Role.OFFICE_NAME})
public class Recruitment {

    /** At most this many applications in one bulk action (an offer's pending ones fit many times over). */
    public static final int MAX_BULK = 2000;

    @PersistenceContext
    EntityManager em;

    @EJB
    Agents agents;

    @EJB
    Notifications notifications;

    /** How many of an offer's applications match the criteria. */
    public long count(long offerId, ApplicationCriteria criteria) {
        managedOffer(agents.current(), offerId);
        TypedQuery<Long> count = em.createQuery("select count(a) from Application a where a.offer.id = :offer"
                + criteria.where(), Long.class);
        parameters(count, offerId, criteria);
        return count.getSingleResult();
    }

    /** A page of an offer's applications as filtered and sorted, with their CVs' names. */
    public List<Application> rows(long offerId, ApplicationCriteria criteria, int first, int size) {
        managedOffer(agents.current(), offerId);
        TypedQuery<Application> rows = em.createQuery("select a from Application a where a.offer.id = :offer"
                        + criteria.where() + criteria.orderBy(), Application.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, 200)))
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "a.cv");
        parameters(rows, offerId, criteria);
        List<Application> found = rows.getResultList();
        found.forEach(a -> {
            if (a.getCv() != null) {
                a.getCv().getFileName(); // read by the page after this transaction
            }
        });
        return found;
    }

    /** How many applications an offer has in each status (statuses without any are absent). */
    public Map<ApplicationStatus, Long> byStatus(long offerId) {
        managedOffer(agents.current(), offerId);
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        em.createQuery("select a.status, count(a) from Application a where a.offer.id = :offer group by a.status",
                        Object[].class)
                .setParameter("offer", offerId).getResultList()
                .forEach(row -> counts.put((ApplicationStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** The ids of the offer's applications matching the criteria (what "select all that match" selects). */
    public List<Long> ids(long offerId, ApplicationCriteria criteria) {
        managedOffer(agents.current(), offerId);
        TypedQuery<Long> ids = em.createQuery("select a.id from Application a where a.offer.id = :offer"
                + criteria.where() + criteria.orderBy(), Long.class).setMaxResults(MAX_BULK);
        parameters(ids, offerId, criteria);
        return ids.getResultList();
    }

    /**
     * One application, as the agent opens it: a new one becomes read (recorded with the agent and time); its
     * offer, files and history come along for the page.
     */
    public Application open(long applicationId) {
        Agent agent = agents.current();
        Application application = managed(agent, applicationId);
        application.open(agent);
        loaded(application);
        return application;
    }

    public Application shortlist(long applicationId) {
        return act(applicationId, (a, agent) -> a.shortlist(agent));
    }

    public Application accept(long applicationId) {
        return act(applicationId, (a, agent) -> a.accept(agent));
    }

    /** The candidate said they give up; the agent records it (no mail: the candidate knows). */
    public Application withdraw(long applicationId) {
        return act(applicationId, (a, agent) -> a.withdraw(agent));
    }

    public Application note(long applicationId, String text) {
        return act(applicationId, (a, agent) -> a.note(agent, text));
    }

    /**
     * Invites the candidate to an interview (or moves it): the application records it and the candidate
     * receives the invitation with a calendar file; replies go to the agent.
     */
    public Application invite(long applicationId, Interview interview, String message) {
        return act(applicationId, (a, agent) -> {
            a.invite(agent, interview);
            Candidate candidate = a.getCandidate();
            notifications.send(Mail.invitation(candidate.emailAddress(), candidate.getFullName(),
                    candidate.getLanguage(), a.getOffer().getId(), a.getId(), agent.emailAddress(),
                    interview.getStart(), interview.getMinutes(), interview.getLocation(), message)
                    .withEventContact(interview.getContact()));
        });
    }

    /**
     * Rejects the chosen applications of one offer, each candidate receiving the text of their language (the
     * agent's French or English words). Those no longer pending are left as they are and named in the answer.
     * All or nothing: a refused text rejects none.
     */
    public Answer reject(long offerId, Collection<Long> applicationIds, String reason, String french,
                         String english) {
        Agent agent = agents.current();
        managedOffer(agent, offerId);
        if (french == null || french.isBlank()) {
            throw new BusinessException("recruitment.rejection.french");
        }
        if (english == null || english.isBlank()) {
            throw new BusinessException("recruitment.rejection.english");
        }
        List<Application> chosen = chosen(offerId, applicationIds);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        List<String> skipped = new ArrayList<>();
        int done = 0;
        for (Application a : chosen) {
            if (!a.getStatus().leadsTo(ApplicationStatus.REJECTED)) {
                skipped.add(a.getReference());
                continue;
            }
            a.reject(agent, why);
            Candidate candidate = a.getCandidate();
            notifications.send(Mail.rejection(candidate.emailAddress(), candidate.getFullName(), candidate.getLanguage(),
                    offerId, a.getId(), agent.emailAddress(), "en".equals(candidate.getLanguage()) ? english : french));
            done++;
        }
        return new Answer(done, skipped);
    }

    /** Every application of the offer matching the filter and still pending rejected, as reject() does. */
    public Answer rejectPending(long offerId, ApplicationCriteria filter, String reason, String french,
                                String english) {
        List<Long> pending = ids(offerId, filter.pending());
        if (pending.isEmpty()) {
            throw new BusinessException("recruitment.nonePending");
        }
        return reject(offerId, pending, reason, french, english);
    }

    /**
     * The offer is filled: it leaves the site and, unless the agent chose otherwise, every candidate still
     * waiting receives the rejection text of their language, in the same transaction. Answers what was sent.
     */
    public Answer closeFilled(long offerId, boolean informPending, String reason, String french, String english) {
        Agent agent = agents.current();
        Offer offer = managedOffer(agent, offerId);
        offer.markFilled(agent);
        if (!informPending) {
            return new Answer(0, List.of());
        }
        List<Long> pending = ids(offerId, new ApplicationCriteria(null, true, null, null, null, null, false));
        return pending.isEmpty() ? new Answer(0, List.of()) : reject(offerId, pending, reason, french, english);
    }

    /**
     * A free message to the candidates of the chosen applications of one offer, replies to the agent; the
     * history of each application records it. Every chosen application is written to, whatever its status.
     */
    public Answer contact(long offerId, Collection<Long> applicationIds, String subject, String message) {
        Agent agent = agents.current();
        managedOffer(agent, offerId);
        List<Application> chosen = chosen(offerId, applicationIds);
        for (Application a : chosen) {
            Candidate candidate = a.getCandidate();
            Mail mail = notifications.send(Mail.contact(candidate.emailAddress(), candidate.getFullName(),
                    candidate.getLanguage(), offerId, a.getId(), agent.emailAddress(), subject, message));
            a.note(agent, "✉ " + mail.getSubject());
        }
        return new Answer(chosen.size(), List.of());
    }

    private List<Application> chosen(long offerId, Collection<Long> applicationIds) {
        Set<Long> ids = new LinkedHashSet<>(applicationIds == null ? List.of() : applicationIds);
        ids.remove(null);
        if (ids.isEmpty()) {
            throw new BusinessException("recruitment.none");
        }
        if (ids.size() > MAX_BULK) {
            throw new BusinessException("recruitment.tooMany", MAX_BULK);
        }
        List<Application> found = new ArrayList<>();
        List<Long> all = new ArrayList<>(ids);
        // a few hundred ids per query: every database takes that many parameters
        for (int from = 0; from < all.size(); from += 500) {
            found.addAll(em.createQuery("select a from Application a where a.offer.id = :offer and a.id in :ids"
                            + " order by a.id", Application.class)
                    .setParameter("offer", offerId)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + 500)))
                    .getResultList());
        }
        if (found.size() != ids.size()) {
            // an id of another offer, or of nothing: the list was forged or is stale
            throw new NotFoundException("applications of offer " + offerId);
        }
        return found;
    }

    private Application act(long applicationId, BiConsumer<Application, Agent> action) {
        Agent agent = agents.current();
        Application application = managed(agent, applicationId);
        action.accept(application, agent);
        em.flush(); // the history's ids for the page
        loaded(application);
        return application;
    }

    private Application managed(Agent agent, long applicationId) {
        return em.createQuery("""
                        select a from Application a join fetch a.offer o join fetch o.direction left join fetch o.service
                        where a.id = :id""", Application.class)
                .setParameter("id", applicationId).getResultStream()
                .filter(a -> a.getOffer().isManagedBy(agent))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("application " + applicationId));
    }

    private Offer managedOffer(Agent agent, long offerId) {
        Offer offer = em.find(Offer.class, offerId);
        if (offer == null || !offer.isManagedBy(agent)) {
            throw new NotFoundException("offer " + offerId);
        }
        return offer;
    }

    private static void parameters(TypedQuery<?> query, long offerId, ApplicationCriteria criteria) {
        query.setParameter("offer", offerId);
        if (criteria.status() != null) {
            query.setParameter("status", criteria.status());
        }
        if (criteria.pendingOnly()) {
            query.setParameter("pending", ApplicationStatus.PENDING);
        }
        if (criteria.level() != null) {
            query.setParameter("level", criteria.level());
        }
        if (criteria.keywords() != null) {
            query.setParameter("words", criteria.pattern());
        }
        if (criteria.receivedSince() != null) {
            query.setParameter("since", criteria.receivedSince().atStartOfDay());
        }
    }

    /** What the application's page reads after this transaction. */
    private static void loaded(Application application) {
        application.getHistory().size();
        if (application.getCv() != null) {
            application.getCv().getFileName();
        }
        if (application.getLetter() != null) {
            application.getLetter().getFileName();
        }
        application.getOffer().getTitle();
    }
}

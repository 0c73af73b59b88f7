package fr.stages.spontaneous.boundary;

import fr.stages.accounts.boundary.Agents;
import fr.stages.accounts.entity.Agent;
import fr.stages.accounts.entity.Role;
import fr.stages.applications.boundary.Applications;
import fr.stages.applications.control.Intake;
import fr.stages.applications.entity.Application;
import fr.stages.applications.entity.ApplicationForm;
import fr.stages.applications.entity.Document;
import fr.stages.applications.entity.DocumentKind;
import fr.stages.applications.entity.Upload;
import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.JobFamily;
import fr.stages.notifications.boundary.Notifications;
import fr.stages.notifications.entity.Mail;
import fr.stages.notifications.entity.MailKind;
import fr.stages.offers.entity.Offer;
import fr.stages.platform.BusinessException;
import fr.stages.platform.CityTime;
import fr.stages.platform.FieldError;
import fr.stages.platform.InvalidInputException;
import fr.stages.platform.NotFoundException;
import fr.stages.spontaneous.entity.PoolCriteria;
import fr.stages.spontaneous.entity.PoolPage;
import fr.stages.spontaneous.entity.SpontaneousApplication;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Candidates who found no offer leave a CV for the directions they choose; the agents of those directions (all
 * of them when the candidate chose none) search that pool. Like an application to offers, a sending writes its
 * files, its entry and its receipt in one transaction, or nothing.
 */
@Stateless
public class SpontaneousApplications {

    /** A second spontaneous application from the same address is refused for this many days. */
    public static final int DAYS_BETWEEN = 30;

    @PersistenceContext
    EntityManager em;

    @EJB
    Notifications notifications;

    @EJB
    Agents agents;

    /**
     * Puts the form in the pool. The key identifies this sending (the form's hidden token): sent again, by a
     * double click, a reload or the back button, it answers the entry already created.
     */
    @PermitAll
    public SpontaneousApplication send(String key, ApplicationForm form, List<Long> directionIds,
                                       List<Long> jobFamilyIds, Upload cv, Upload letter, String clientAddress) {
        Intake.checkKey(key);
        List<SpontaneousApplication> already = bySubmission(key);
        if (!already.isEmpty()) {
            return already.get(0);
        }
        List<FieldError> errors = new ArrayList<>(form.errors());
        if (form.getWishedStart() == null) {
            errors.add(new FieldError("wishedStart", "spontaneous.wishedStart.required"));
        }
        if (form.getWishedEnd() == null) {
            errors.add(new FieldError("wishedEnd", "spontaneous.wishedEnd.required"));
        }
        Set<JobFamily> families = jobFamilies(errors, jobFamilyIds);
        Set<Direction> directions = directions(errors, directionIds);
        Intake.checkFile(errors, "cv", cv, true);
        Intake.checkFile(errors, "letter", letter, false);
        if (errors.isEmpty()) {
            recent(errors, form);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String client = Intake.clientHash(clientAddress);
        if (client != null && em.createNamedQuery(SpontaneousApplication.SENT_BY_CLIENT, Long.class)
                .setParameter("client", client).setParameter("since", CityTime.now().minusHours(1))
                .getSingleResult() >= Applications.maxPerHourFromNetwork()) {
            throw new BusinessException("application.tooManyFromNetwork", Applications.maxPerHourFromNetwork());
        }
        Document cvFile = Intake.document(DocumentKind.CV, cv);
        em.persist(cvFile);
        Document letterFile = Intake.document(DocumentKind.LETTER, letter);
        if (letterFile != null) {
            em.persist(letterFile);
        }
        SpontaneousApplication application = new SpontaneousApplication(form, directions, families, cvFile,
                letterFile, key, client);
        em.persist(application);
        em.flush(); // the id for the mail; a twin sending of the same key fails here, on the unique index
        notifications.send(Mail.aboutSpontaneous(application.getCandidate().emailAddress(),
                application.getCandidate().getFullName(), application.getCandidate().getLanguage(),
                application.getId()));
        return application;
    }

    /** The entry a sending created (the confirmation page reads it by the sending's key). */
    @PermitAll
    public SpontaneousApplication sent(String key) {
        List<SpontaneousApplication> sent = key == null ? List.of() : bySubmission(key);
        if (sent.isEmpty()) {
            throw new NotFoundException("spontaneous submission");
        }
        SpontaneousApplication application = sent.get(0);
        application.getSortedDirections(); // read by the page after this transaction
        application.getSortedJobFamilies();
        return application;
    }

    private List<SpontaneousApplication> bySubmission(String key) {
        return em.createNamedQuery(SpontaneousApplication.BY_SUBMISSION, SpontaneousApplication.class)
                .setParameter("submission", key).getResultList();
    }

    private Set<JobFamily> jobFamilies(List<FieldError> errors, List<Long> ids) {
        Set<Long> wanted = new LinkedHashSet<>(ids == null ? List.of() : ids);
        if (wanted.isEmpty()) {
            errors.add(new FieldError("jobFamilies", "spontaneous.jobFamilies.required"));
            return Set.of();
        }
        if (wanted.size() > SpontaneousApplication.MAX_JOB_FAMILIES) {
            errors.add(new FieldError("jobFamilies", "spontaneous.jobFamilies.tooMany",
                    SpontaneousApplication.MAX_JOB_FAMILIES));
            return Set.of();
        }
        Set<JobFamily> families = new HashSet<>();
        for (Long id : wanted) {
            JobFamily family = id == null ? null : em.find(JobFamily.class, id);
            if (family == null) {
                errors.add(new FieldError("jobFamilies", "spontaneous.jobFamilies.unknown"));
                return Set.of();
            }
            families.add(family);
        }
        return families;
    }

    /** The chosen directions; none chosen means every direction. */
    private Set<Direction> directions(List<FieldError> errors, List<Long> ids) {
        Set<Direction> directions = new HashSet<>();
        for (Long id : new LinkedHashSet<>(ids == null ? List.<Long>of() : ids)) {
            Direction direction = id == null ? null : em.find(Direction.class, id);
            if (direction == null) {
                errors.add(new FieldError("directions", "spontaneous.directions.unknown"));
                return Set.of();
            }
            directions.add(direction);
        }
        return directions;
    }

    /** One spontaneous application at a time: the last one stays in the pool, a new one waits 30 days. */
    private void recent(List<FieldError> errors, ApplicationForm form) {
        em.createNamedQuery(SpontaneousApplication.LAST_OF_EMAIL, SpontaneousApplication.class)
                .setParameter("email", form.candidate().getEmail())
                .setParameter("since", CityTime.now().minusDays(DAYS_BETWEEN))
                .setMaxResults(1).getResultStream().findFirst()
                .ifPresent(last -> errors.add(new FieldError("email", "spontaneous.duplicate",
                        last.getReceivedAt().toLocalDate(), last.getReference(),
                        last.getReceivedAt().toLocalDate().plusDays(DAYS_BETWEEN))));
    }

    /**
     * The pool as the caller's direction sees it: entries that chose it or chose no direction (every entry for
     * the internship office), still within their retention period, newest first.
     */
    @RolesAllowed({Role.AGENT_NAME, Role.CORRESPONDENT_NAME, Role.OFFICE_NAME})
    public PoolPage pool(PoolCriteria criteria) {
        Agent agent = agents.current();
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" where s.receivedAt >= :oldest");
        parameters.put("oldest", oldest());
        if (!agent.seesEveryDirection()) {
            // MEMBER OF joins the collection in EclipseLink, which would drop the entries open to every direction
            where.append(" and (s.directions is empty or s.id in (select s2.id from SpontaneousApplication s2"
                    + " join s2.directions d where d.id = :direction))");
            parameters.put("direction", agent.getDirection().getId());
        }
        if (criteria.jobFamilyId() != null) {
            where.append(" and s.id in (select s3.id from SpontaneousApplication s3 join s3.jobFamilies f"
                    + " where f.id = :family)");
            parameters.put("family", criteria.jobFamilyId());
        }
        if (criteria.level() != null) {
            where.append(" and s.candidate.educationLevel = :level");
            parameters.put("level", criteria.level());
        }
        if (criteria.availableIn() != null) {
            where.append(" and s.wishedStart <= :monthEnd and s.wishedEnd >= :monthStart");
            parameters.put("monthStart", criteria.availableIn().atDay(1));
            parameters.put("monthEnd", criteria.availableIn().atEndOfMonth());
        }
        if (criteria.keywords() != null) {
            where.append(" and (lower(s.candidate.lastName) like :words or lower(s.candidate.firstName) like :words"
                    + " or lower(s.candidate.school) like :words or lower(s.candidate.course) like :words"
                    + " or lower(s.message) like :words)");
            parameters.put("words", "%" + criteria.keywords().toLowerCase().replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
        }
        TypedQuery<Long> count = em.createQuery("select count(s) from SpontaneousApplication s" + where, Long.class);
        TypedQuery<SpontaneousApplication> page = em.createQuery("select s from SpontaneousApplication s" + where
                + " order by s.receivedAt desc, s.id desc", SpontaneousApplication.class)
                .setFirstResult((criteria.page() - 1) * PoolCriteria.PAGE_SIZE)
                .setMaxResults(PoolCriteria.PAGE_SIZE)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "s.jobFamilies")
                .setHint("eclipselink.batch", "s.directions")
                .setHint("eclipselink.batch", "s.cv")
                .setHint("eclipselink.batch", "s.letter");
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        List<SpontaneousApplication> entries = page.getResultList();
        entries.forEach(s -> {
            s.getSortedJobFamilies(); // the page reads them after this transaction
            s.getSortedDirections();
            if (s.getCv() != null) {
                s.getCv().getFileName();
            }
            if (s.getLetter() != null) {
                s.getLetter().getFileName();
            }
        });
        return new PoolPage(entries, count.getSingleResult(), criteria.page());
    }

    /**
     * A CV or letter of a pool entry the caller may see; anything else (another direction's entry, an erased
     * one, an application's file) answers as if it did not exist.
     */
    @RolesAllowed({Role.AGENT_NAME, Role.CORRESPONDENT_NAME, Role.OFFICE_NAME})
    public Document document(long documentId) {
        Agent agent = agents.current();
        return em.createQuery("""
                        select s from SpontaneousApplication s left join s.cv c left join s.letter l
                        where c.id = :document or l.id = :document""", SpontaneousApplication.class)
                .setParameter("document", documentId).getResultStream()
                .filter(s -> visibleTo(agent, s))
                .findFirst()
                .map(s -> loaded(em.find(Document.class, documentId)))
                .orElseThrow(() -> new NotFoundException("document " + documentId));
    }

    /**
     * Adds a pool entry the caller may see to one of the offers they manage that is online: it becomes an
     * application of that offer (same person, files and message, read by the caller) and the candidate is told
     * which offer. Once per offer and person, like any application; anything the caller may not see answers as if
     * it did not exist.
     */
    @RolesAllowed({Role.AGENT_NAME, Role.CORRESPONDENT_NAME, Role.OFFICE_NAME})
    public Application attach(long spontaneousId, long offerId) {
        Agent agent = agents.current();
        SpontaneousApplication entry = visibleTo(agent, spontaneousId);
        Offer offer = em.find(Offer.class, offerId);
        if (offer == null || !offer.isManagedBy(agent)) {
            throw new NotFoundException("offer " + offerId);
        }
        if (!offer.isVisibleToPublic(CityTime.today())) {
            // a draft, an offer taken offline or past its deadline: its page, named in the candidate's mail, is
            // not public, and candidates cannot apply to it
            throw new BusinessException("spontaneous.attach.closed", offer.getTitle());
        }
        boolean already = !em.createNamedQuery(Application.OF_CANDIDATE, Long.class)
                .setParameter("email", entry.getCandidate().getEmail())
                .setParameter("offers", List.of(offerId)).getResultList().isEmpty();
        if (already) {
            throw new BusinessException("spontaneous.attach.already", entry.getCandidate().getFullName(),
                    offer.getTitle());
        }
        Application application = Application.fromPool(offer, entry.getCandidate(), entry.getMessage(),
                entry.getCv(), entry.getLetter(), entry.getWishedStart(), entry.getWishedEnd(), entry.getConvention(),
                entry.getReference(), agent);
        em.persist(application);
        em.flush(); // the id for the mail
        notifications.send(Mail.aboutApplication(MailKind.SPONTANEOUS_ATTACHED, entry.getCandidate().emailAddress(),
                entry.getCandidate().getFullName(), entry.getCandidate().getLanguage(), offerId,
                application.getId()));
        return application;
    }

    /** One pool entry the caller may see, for the page that adds it to an offer. */
    @RolesAllowed({Role.AGENT_NAME, Role.CORRESPONDENT_NAME, Role.OFFICE_NAME})
    public SpontaneousApplication visible(long spontaneousId) {
        SpontaneousApplication entry = visibleTo(agents.current(), spontaneousId);
        entry.getSortedJobFamilies();
        entry.getSortedDirections();
        return entry;
    }

    /** A pool entry still kept and open to the agent's direction (the office: any), or not found. */
    private SpontaneousApplication visibleTo(Agent agent, long spontaneousId) {
        SpontaneousApplication entry = em.find(SpontaneousApplication.class, spontaneousId);
        if (entry == null || !visibleTo(agent, entry)) {
            throw new NotFoundException("spontaneous application " + spontaneousId);
        }
        return entry;
    }

    /** Still kept, and open to the agent's direction (the office: any): the pool's one rule of who sees what. */
    private static boolean visibleTo(Agent agent, SpontaneousApplication entry) {
        return !entry.getReceivedAt().isBefore(oldest())
                && (agent.seesEveryDirection() || entry.isFor(agent.getDirection()));
    }

    private static LocalDateTime oldest() {
        return CityTime.now().minusMonths(SpontaneousApplication.RETENTION_MONTHS);
    }

    /** The file with its bytes read now: they load lazily, and the caller writes them out after this transaction. */
    private static Document loaded(Document document) {
        document.getSize();
        document.getContent();
        return document;
    }
}

package fr.stages.applications.boundary;

import fr.stages.platform.EmailAddress;
import fr.stages.accounts.boundary.Agents;
import fr.stages.accounts.entity.Agent;
import fr.stages.accounts.entity.Role;
import fr.stages.applications.control.Intake;
import fr.stages.applications.entity.Application;
import fr.stages.applications.entity.ApplicationCounts;
import fr.stages.applications.entity.ApplicationForm;
import fr.stages.applications.entity.ApplicationStatus;
import fr.stages.applications.entity.Document;
import fr.stages.applications.entity.DocumentKind;
import fr.stages.applications.entity.Submission;
import fr.stages.applications.entity.Upload;
import fr.stages.notifications.boundary.Notifications;
import fr.stages.notifications.entity.Mail;
import fr.stages.notifications.entity.MailKind;
import fr.stages.offers.entity.Offer;
import fr.stages.platform.BusinessException;
import fr.stages.platform.CityTime;
import fr.stages.platform.FieldError;
import fr.stages.platform.InvalidInputException;
import fr.stages.platform.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Candidates apply without an account: one form, one CV, one or several offers. Everything a sending creates
 * (its files, one application per offer, the candidate's receipt and each author's notice) is written in one
 * transaction, or nothing is.
 */
@Stateless
@PermitAll
public class Applications {

    private static final Logger LOG = Logger.getLogger(Applications.class.getName());
    /** A form may carry this many offers (the candidate's selection). */
    public static final int MAX_OFFERS = 10;
    /** Applications one e-mail address may send in an hour: one person, however many offers they like. */
    public static final int MAX_PER_HOUR = 20;

    /**
     * Applications (and spontaneous ones) one network address may send in an hour: a university or a library
     * puts hundreds of students behind one address, each with their own e-mail address; one person flooding
     * with made-up e-mail addresses still stops there. 200 unless server-config says otherwise
     * (STAGES_NETWORK_APPLICATIONS_PER_HOUR).
     */
    public static int maxPerHourFromNetwork() {
        return Integer.getInteger("stages.applications.network-per-hour", 200);
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    Notifications notifications;

    @EJB
    Agents agents;

    /**
     * Sends the form to each offer. The key identifies this sending (the form's hidden token): sent again, by a
     * double click, a reload or the back button, it answers the applications already created, once.
     */
    public Submission apply(String key, ApplicationForm form, List<Long> offerIds, Upload cv, Upload letter,
                            String clientAddress) {
        Intake.checkKey(key);
        List<Application> already = sent(key);
        if (!already.isEmpty()) {
            return submission(key, already);
        }
        List<FieldError> errors = new ArrayList<>(form.errors());
        Intake.checkFile(errors, "cv", cv, true);
        Intake.checkFile(errors, "letter", letter, false);
        List<Offer> offers = offers(errors, offerIds);
        if (errors.isEmpty()) {
            duplicates(errors, form, offers);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String client = Intake.clientHash(clientAddress);
        limit(form.candidate().getEmail(), client);

        Document cvFile = Intake.document(DocumentKind.CV, cv);
        em.persist(cvFile);
        Document letterFile = Intake.document(DocumentKind.LETTER, letter);
        if (letterFile != null) {
            em.persist(letterFile);
        }
        List<Application> created = new ArrayList<>();
        for (Offer offer : offers) {
            Application application = new Application(offer, form, cvFile, letterFile, key, client);
            em.persist(application);
            created.add(application);
        }
        em.flush(); // ids for the mails; a unique-index race with a twin sending fails here, before any mail
        Application first = created.get(0);
        notifications.send(Mail.aboutApplication(MailKind.APPLICATION_RECEIVED, first.getCandidate().emailAddress(),
                first.getCandidate().getFullName(), first.getCandidate().getLanguage(), first.getOffer().getId(),
                first.getId()));
        for (Application application : created) {
            Set<EmailAddress> told = toldOf(application.getOffer());
            for (EmailAddress recipient : told) {
                notifications.send(Mail.aboutApplication(MailKind.APPLICATION_NOTICE, recipient, null, "fr",
                        application.getOffer().getId(), application.getId()));
            }
            if (told.isEmpty()) {
                LOG.warning(() -> "Offre " + application.getOffer().getReference()
                        + " sans auteur, contact ni adresse de direction : la candidature "
                        + application.getReference() + " n'est annoncée à personne par courriel");
            }
        }
        return submission(key, created);
    }

    /**
     * For each offer the caller manages that has applications (their service's for a service agent, their
     * direction's for a correspondent, every direction's for the office): how many, how many new, how many late
     * (unanswered past the offer's direction's delay). Offers without applications are not in the map.
     */
    @RolesAllowed({Role.AGENT_NAME, Role.CORRESPONDENT_NAME, Role.OFFICE_NAME})
    public Map<Long, ApplicationCounts> countsOfMyOffers() {
        Agent agent = agents.current();
        long direction = agent.seesEveryDirection() ? -1L : agent.getDirection().getId();
        long service = agent.serviceScope() == null ? -1L : agent.serviceScope().getId();
        LocalDateTime now = CityTime.now();
        Map<Long, Long> late = new HashMap<>();
        em.createNamedQuery(Application.UNANSWERED, Object[].class)
                .setParameter("unanswered", ApplicationStatus.UNANSWERED)
                .setParameter("oldest", now.minusDays(1))
                .setParameter("everyDirection", agent.seesEveryDirection())
                .setParameter("direction", direction)
                .setParameter("service", service)
                .getResultList().stream()
                // each direction has its own delay
                .filter(r -> Application.isOverdue((LocalDateTime) r[1], ((Number) r[2]).intValue(), now))
                .forEach(r -> late.merge((Long) r[0], 1L, Long::sum));
        Map<Long, ApplicationCounts> counts = new HashMap<>();
        em.createNamedQuery(Application.COUNTS_BY_OFFER, Object[].class)
                .setParameter("everyDirection", agent.seesEveryDirection())
                .setParameter("direction", direction)
                .setParameter("service", service)
                .getResultList()
                .forEach(r -> counts.put((Long) r[0], new ApplicationCounts(((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(), late.getOrDefault((Long) r[0], 0L))));
        return counts;
    }

    /**
     * The applications to one offer the caller manages, newest first, with their files' ids; any other offer
     * answers as if it did not exist.
     */
    @RolesAllowed({Role.AGENT_NAME, Role.CORRESPONDENT_NAME, Role.OFFICE_NAME})
    public List<Application> ofOffer(long offerId) {
        Agent agent = agents.current();
        Offer offer = em.find(Offer.class, offerId);
        if (offer == null || !offer.isManagedBy(agent)) {
            throw new NotFoundException("offer " + offerId);
        }
        List<Application> applications = em.createNamedQuery(Application.OF_OFFER, Application.class)
                .setParameter("offer", offerId)
                // the files in two queries for the whole list, not one per application
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "a.cv")
                .setHint("eclipselink.batch", "a.letter")
                .getResultList();
        applications.forEach(a -> {
            // read by the page after this transaction
            if (a.getCv() != null) {
                a.getCv().getFileName();
            }
            if (a.getLetter() != null) {
                a.getLetter().getFileName();
            }
        });
        return applications;
    }

    /**
     * A CV or letter of an application to an offer the caller manages (their service's, their direction's, every
     * direction's for the internship office). One file may serve applications to several directions' offers: any of them lets its agents read
     * it. Anything else answers as if it did not exist.
     */
    @RolesAllowed({Role.AGENT_NAME, Role.CORRESPONDENT_NAME, Role.OFFICE_NAME})
    public Document document(long documentId) {
        Agent agent = agents.current();
        return em.createQuery("""
                        select a from Application a join fetch a.offer o join fetch o.direction
                        left join a.cv c left join a.letter l where c.id = :document or l.id = :document""",
                        Application.class)
                .setParameter("document", documentId).getResultStream()
                .filter(a -> a.getOffer().isManagedBy(agent))
                .findFirst()
                .map(a -> loaded(em.find(Document.class, documentId)))
                .orElseThrow(() -> new NotFoundException("document " + documentId));
    }

    /**
     * The application a withdrawal link names, with its offer and direction, when the link's key is the one the
     * receipt carried; anything else (unknown reference, wrong or missing key) answers as if it did not exist.
     */
    public Application forWithdrawal(String reference, String key) {
        Application application = withKey(reference, key);
        application.getOffer().getDirection().getName();
        return application;
    }

    /**
     * The candidate withdraws through the link of their receipt: recorded in the history, and the offer's author
     * and direction are told (as of a new application). Clicked again, nothing more happens.
     *
     * @return the application as it is now
     */
    public Application withdraw(String reference, String key) {
        Application application = forWithdrawal(reference, key);
        if (application.withdrawByCandidate()) {
            for (EmailAddress recipient : toldOf(application.getOffer())) {
                notifications.send(Mail.aboutApplication(MailKind.APPLICATION_WITHDRAWN, recipient, null, "fr",
                        application.getOffer().getId(), application.getId()));
            }
        }
        return application;
    }

    private Application withKey(String reference, String key) {
        if (reference == null || !Intake.withdrawalKeyMatches(reference.strip(), key)) {
            throw new NotFoundException("application " + reference);
        }
        return em.createNamedQuery(Application.BY_REFERENCE, Application.class)
                .setParameter("reference", reference.strip()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("application " + reference));
    }

    /** The applications a sending created (the confirmation page reads them by the sending's key). */
    public Submission submission(String key) {
        List<Application> sent = key == null ? List.of() : sent(key);
        if (sent.isEmpty()) {
            throw new NotFoundException("submission");
        }
        return submission(key, sent);
    }

    private List<Application> sent(String key) {
        return em.createNamedQuery(Application.BY_SUBMISSION, Application.class).setParameter("submission", key)
                .getResultList();
    }

    private static Submission submission(String key, List<Application> applications) {
        return new Submission(key, applications.get(0).getCandidate().getEmail(), applications.stream()
                .map(a -> new Submission.Sent(a.getReference(), a.getOffer().getId(), a.getOffer().getTitle(),
                        a.getOffer().getDirection().getName()))
                .toList());
    }

    /** The offers asked for, each open to applications today; unknown or closed ones are errors. */
    private List<Offer> offers(List<FieldError> errors, List<Long> offerIds) {
        Set<Long> ids = new LinkedHashSet<>(offerIds == null ? List.of() : offerIds);
        if (ids.isEmpty()) {
            errors.add(new FieldError("offers", "application.offers.none"));
            return List.of();
        }
        if (ids.size() > MAX_OFFERS) {
            errors.add(new FieldError("offers", "application.offers.tooMany", MAX_OFFERS));
            return List.of();
        }
        List<Offer> offers = new ArrayList<>();
        for (Long id : ids) {
            Offer offer = id == null ? null : em.find(Offer.class, id);
            if (offer == null || !offer.isVisibleToPublic(CityTime.today())) {
                errors.add(new FieldError("offers", "application.offers.closed",
                        offer == null || offer.getPublishedAt() == null ? "?" : offer.getTitle()));
            } else {
                offers.add(offer);
            }
        }
        return offers;
    }

    private void duplicates(List<FieldError> errors, ApplicationForm form, List<Offer> offers) {
        List<Long> applied = em.createNamedQuery(Application.OF_CANDIDATE, Long.class)
                .setParameter("email", form.candidate().getEmail())
                .setParameter("offers", offers.stream().map(Offer::getId).toList()).getResultList();
        offers.stream().filter(o -> applied.contains(o.getId())).forEach(o -> errors.add(
                new FieldError("offers", "application.duplicate", o.getTitle())));
    }

    /** At most MAX_PER_HOUR applications an hour from one e-mail address, maxPerHourFromNetwork() from one network address. */
    private void limit(String email, String client) {
        java.time.LocalDateTime since = CityTime.now().minusHours(1);
        long byEmail = em.createNamedQuery(Application.SENT_BY_EMAIL, Long.class).setParameter("email", email)
                .setParameter("since", since).getSingleResult();
        long byClient = client == null ? 0 : em.createNamedQuery(Application.SENT_BY_CLIENT, Long.class)
                .setParameter("client", client).setParameter("since", since).getSingleResult();
        if (byEmail >= MAX_PER_HOUR) {
            throw new BusinessException("application.tooMany", MAX_PER_HOUR);
        }
        if (byClient >= maxPerHourFromNetwork()) {
            throw new BusinessException("application.tooManyFromNetwork", maxPerHourFromNetwork());
        }
    }

    /** The offer's author (or, without one, its contact) and the address its direction designated, once each. */
    private static Set<EmailAddress> toldOf(Offer offer) {
        Set<EmailAddress> told = new LinkedHashSet<>();
        if (offer.getAuthor() != null && offer.getAuthor().getEmail() != null) {
            told.add(offer.getAuthor().emailAddress());
        } else if (offer.getContactEmail() != null) {
            told.add(EmailAddress.of(offer.getContactEmail()));
        }
        if (offer.getDirection().getNoticeEmail() != null) {
            told.add(EmailAddress.of(offer.getDirection().getNoticeEmail()));
        }
        return told;
    }

    /** The file with its bytes read now: they load lazily, and the caller writes them out after this transaction. */
    private static Document loaded(Document document) {
        document.getSize();
        document.getContent();
        return document;
    }
}

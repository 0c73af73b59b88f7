package fr.stages.alerts.boundary;

import fr.stages.accounts.entity.Role;
import fr.stages.alerts.control.AlertMails;
import fr.stages.alerts.control.Digests;
import fr.stages.alerts.entity.AlertRun;
import fr.stages.alerts.entity.Frequency;
import fr.stages.alerts.entity.SearchAlert;
import fr.stages.notifications.boundary.Notifications;
import fr.stages.notifications.entity.Mail;
import fr.stages.platform.BusinessException;
import fr.stages.platform.CityTime;
import fr.stages.platform.DailyRuns;
import fr.stages.platform.EmailAddress;
import fr.stages.platform.FieldError;
import fr.stages.platform.InvalidInputException;
import fr.stages.platform.NotFoundException;
import fr.stages.platform.PublicUrl;
import fr.stages.platform.TimerRuns;
import fr.stages.search.boundary.Search;
import fr.stages.search.entity.OfferCriteria;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Search alerts: saved (by a signed-in candidate, or by anyone with a double opt-in), confirmed, stopped in one
 * click, and each morning's run that mails every due alert the offers published since its previous digest.
 */
@Stateless
@Interceptors(TimerRuns.class)
public class Alerts {

    private static final Logger LOG = Logger.getLogger(Alerts.class.getName());
    public static final String JOB = "search-alerts";
    /**
     * Alerts read, matched and mailed per transaction of the morning run. Their digests go 50 to a JMS message,
     * so at most 10 messages a transaction: OpenMQ refuses more than 1,000 in one (imq.transaction.producer.
     * maxNumMsgs; the first national run, one message per digest and 2,000 alerts a batch, failed on it).
     */
    static final int BATCH = 500;
    /** Unconfirmed alerts are forgotten after this many days. */
    static final int UNCONFIRMED_DAYS = 7;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    Notifications notifications;

    @EJB
    Search search;

    @EJB
    DailyRuns runs;

    /**
     * Saves a search as an alert for anyone, without an account: it waits for the link mailed to the address
     * typed (double opt-in). The answer on screen is the same whatever the address; an address with that many
     * alerts (waiting or active) gets no more links, and the limit is said when confirming. A signed-in
     * candidate's alerts are saved by their account (CandidateAccounts), on their proved address.
     *
     * @return the alert, waiting for its confirmation
     * @throws InvalidInputException name (required, too long), email (required, invalid), search (too long)
     */
    @PermitAll
    public SearchAlert save(String name, OfferCriteria criteria, Frequency frequency, String email, String language) {
        List<FieldError> errors = SearchAlert.errors(name, criteria, frequency);
        EmailAddress address = null;
        if (email == null || email.isBlank()) {
            errors.add(new FieldError("email", "application.email.required"));
        } else {
            try {
                address = EmailAddress.of(email);
            } catch (BusinessException e) {
                errors.add(new FieldError("email", "application.email.invalid", email.strip()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        SearchAlert alert = new SearchAlert(address, null, name, criteria, frequency, language);
        if (count(address, false) >= SearchAlert.MAX_PER_ADDRESS) {
            LOG.info("Alerte non enregistrée : l'adresse a déjà le maximum d'alertes en attente ou actives");
            return alert; // neither kept nor mailed: the page says the same as for any address
        }
        em.persist(alert);
        em.flush(); // its id, in its link
        notifications.send(Mail.alertConfirmation(address, alert.getLanguage(), alert.getId(),
                PublicUrl.forMessages() + "/alertes/confirmer.xhtml?alerte=" + alert.getId() + "&cle="
                        + alert.confirmationKey()));
        return alert;
    }

    /** The alerts of that address: confirmed ones, or (without an account) confirmed and waiting ones. */
    private long count(EmailAddress address, boolean confirmedOnly) {
        return SearchAlert.count(em, address, confirmedOnly);
    }

    /** The alert a confirmation or unsubscribe link names, when its key is right (the pages name the alert). */
    @PermitAll
    public Optional<SearchAlert> ofLink(long alertId, String key, boolean confirmation) {
        SearchAlert alert = em.find(SearchAlert.class, alertId);
        if (alert == null || !(confirmation ? alert.confirmationKeyMatches(key) : alert.stopKeyMatches(key))) {
            return Optional.empty();
        }
        return Optional.of(alert);
    }

    /**
     * Confirms an alert made without an account (its owner opened the mailed link and pressed its button). Its
     * first digest lists what is published from now on. Confirmed already: nothing changes.
     *
     * @throws NotFoundException for an unknown alert or a wrong key
     * @throws BusinessException alert.max when the address already has that many confirmed alerts
     */
    @PermitAll
    public SearchAlert confirm(long alertId, String key) {
        SearchAlert alert = ofLink(alertId, key, true).orElseThrow(() -> new NotFoundException("alert " + alertId));
        if (!alert.isConfirmed()) {
            if (count(EmailAddress.of(alert.getEmail()), true) >= SearchAlert.MAX_PER_ADDRESS) {
                throw new BusinessException("alert.max", SearchAlert.MAX_PER_ADDRESS);
            }
            alert.confirm();
        }
        return alert;
    }

    /**
     * Stops an alert (the one-click unsubscribe of its digests, or its link): it is deleted. Stopped already:
     * nothing to do, same answer (a mail client may post twice).
     *
     * @return the name of the alert stopped, or empty when it was gone already
     * @throws NotFoundException for an alert that exists with a wrong key
     */
    @PermitAll
    public Optional<String> stop(long alertId, String key) {
        SearchAlert alert = em.find(SearchAlert.class, alertId);
        if (alert == null) {
            return Optional.empty();
        }
        if (!alert.stopKeyMatches(key)) {
            throw new NotFoundException("alert " + alertId);
        }
        em.remove(alert);
        LOG.info(() -> "Alerte " + alertId + " arrêtée par le lien de désabonnement");
        return Optional.of(alert.getName());
    }

    /** What the internship office sees of the alerts: how many are active, waiting, and when today's run was. */
    public record Summary(long active, long waiting, LocalDateTime lastRun, boolean ranToday) {
    }

    @RolesAllowed(Role.OFFICE_NAME)
    public Summary summary() {
        LocalDateTime last = em.createQuery("select max(r.claimedAt) from DailyRun r where r.name = :job",
                LocalDateTime.class).setParameter("job", JOB).getSingleResult();
        Boolean today = em.createQuery("select count(r) from DailyRun r where r.name = :job and r.day = :day",
                Long.class).setParameter("job", JOB).setParameter("day", CityTime.today()).getSingleResult() > 0;
        return new Summary(
                em.createQuery("select count(a) from SearchAlert a where a.confirmedAt is not null", Long.class)
                        .getSingleResult(),
                em.createQuery("select count(a) from SearchAlert a where a.confirmedAt is null", Long.class)
                        .getSingleResult(), last, today);
    }

    /**
     * The internship office sends today's digests now, before the morning's timer (after a mail outage, or to
     * check): once a day like the timer, which then finds the day claimed. Null when today's were sent already.
     */
    @RolesAllowed(Role.OFFICE_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AlertRun runToday() {
        AlertRun run = self().run(CityTime.today());
        LOG.info(() -> run == null ? "Alertes du jour déjà envoyées" : "Alertes envoyées à la demande du bureau : " + run);
        return run;
    }

    @Schedule(hour = "6", minute = "45", persistent = false, timezone = CityTime.ZONE_NAME)
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everyMorning() {
        AlertRun run = run(CityTime.today());
        LOG.info(() -> run == null ? "Alertes déjà envoyées aujourd'hui par une autre instance" : "Alertes : " + run);
    }

    /**
     * That day's digests, once across every instance (null when another ran them): the offers published since
     * the oldest due alert's previous digest are indexed once, each distinct search is matched once, and each due
     * alert gets the offers published after its own previous digest (none: no mail, its cut still moves on),
     * batch by batch, each batch in a transaction of its own. Unconfirmed alerts past UNCONFIRMED_DAYS go.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AlertRun run(LocalDate day) {
        try {
            if (!runs.claim(JOB, day)) {
                return null;
            }
        } catch (EJBException e) {
            return null;
        }
        return self().digests();
    }

    /** The digests of every due alert now, whatever the day's claim (the run above; benchmarks and tests). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AlertRun digests() {
        long started = System.nanoTime();
        LocalDateTime cut = CityTime.now();
        LocalDateTime oldest = em.createQuery("select min(a.lastRunAt) from SearchAlert a where a.confirmedAt is not null",
                LocalDateTime.class).getSingleResult();
        if (oldest == null) {
            return new AlertRun(0, 0, 0, 0, 0, 0, 0);
        }
        // a weekly digest looks a week back at most (and a day more, for a run that came late)
        LocalDateTime since = oldest.isBefore(cut.minusDays(8)) ? cut.minusDays(8) : oldest;
        Alerts self = self();
        try (Digests digests = new Digests(search.publishedSince(since), cut, CityTime.today(),
                self.knownValues(), PublicUrl.forMessages())) {
            long indexed = System.nanoTime();
            long after = 0;
            int due = 0;
            int mailed = 0;
            int failed = 0;
            for (List<Long> batch = self.dueAfter(after); !batch.isEmpty(); batch = self.dueAfter(after)) {
                try {
                    int[] counts = self.mailBatch(batch, digests, cut);
                    due += counts[0];
                    mailed += counts[1];
                } catch (EJBException e) {
                    // rolled back whole: those alerts keep their cut, their offers go in the next digest
                    failed += batch.size();
                    LOG.log(java.util.logging.Level.SEVERE, "Alertes " + batch.get(0) + " à "
                            + batch.get(batch.size() - 1) + " non envoyées ce matin (elles le seront au prochain"
                            + " envoi, avec les offres de ce matin)", e);
                }
                after = batch.get(batch.size() - 1);
            }
            int forgotten = self.forgetUnconfirmed();
            long done = System.nanoTime();
            return new AlertRun(digests.newOffers(), due, mailed, failed, forgotten, (indexed - started) / 1_000_000,
                    (done - started) / 1_000_000);
        }
    }

    /** The ids of the next confirmed alerts after that id, in order. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> dueAfter(long after) {
        return em.createQuery("select a.id from SearchAlert a where a.confirmedAt is not null and a.id > :after"
                + " order by a.id", Long.class).setParameter("after", after).setMaxResults(BATCH).getResultList();
    }

    /** The directions, job families and places that exist: a search naming others is corrected. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Digests.Known knownValues() {
        return new Digests.Known(
                new java.util.HashSet<>(em.createQuery("select d.code from Direction d", String.class).getResultList()),
                new java.util.HashSet<>(em.createQuery("select f.id from JobFamily f", Long.class).getResultStream()
                        .map(String::valueOf).toList()),
                new java.util.HashSet<>(em.createQuery("select p.code from Place p", String.class).getResultList()));
    }

    /**
     * One batch: each due alert's digest queued (when it has news), its cut moved to this run's. In one
     * transaction: the mails and the cuts commit together, so a crash sends a batch again whole or not at all.
     *
     * @return how many were due, how many were mailed
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int[] mailBatch(List<Long> ids, Digests digests, LocalDateTime cut) {
        List<SearchAlert> alerts = em.createQuery("select a from SearchAlert a where a.id in :ids", SearchAlert.class)
                .setParameter("ids", ids).getResultList();
        List<Long> ran = new ArrayList<>();
        List<Mail> mails = new ArrayList<>();
        for (SearchAlert alert : alerts) {
            if (alert.isDue(cut)) {
                digests.of(alert, AlertMails.texts(alert.getLanguage())).ifPresent(mails::add);
                ran.add(alert.getId());
            }
        }
        // the cuts in one statement per batch, not one update per alert (200,000 of them each morning)
        if (!ran.isEmpty()) {
            em.createQuery("update SearchAlert a set a.lastRunAt = :cut where a.id in :ids")
                    .setParameter("cut", cut).setParameter("ids", ran).executeUpdate();
        }
        notifications.sendAll(mails);
        return new int[] {ran.size(), mails.size()};
    }

    /** Alerts never confirmed within UNCONFIRMED_DAYS are forgotten with their address. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int forgetUnconfirmed() {
        return em.createQuery("delete from SearchAlert a where a.confirmedAt is null and a.createdAt < :before")
                .setParameter("before", CityTime.now().minusDays(UNCONFIRMED_DAYS)).executeUpdate();
    }

    private Alerts self() {
        return context.getBusinessObject(Alerts.class);
    }
}

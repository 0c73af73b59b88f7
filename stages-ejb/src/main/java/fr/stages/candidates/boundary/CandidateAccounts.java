package fr.stages.candidates.boundary;

import fr.stages.alerts.entity.Frequency;
import fr.stages.alerts.entity.SearchAlert;
import fr.stages.applications.boundary.Applications;
import fr.stages.applications.control.Intake;
import fr.stages.applications.entity.Application;
import fr.stages.applications.entity.ApplicationStatus;
import fr.stages.applications.entity.Candidate;
import fr.stages.applications.entity.Document;
import fr.stages.applications.entity.DocumentKind;
import fr.stages.applications.entity.Interview;
import fr.stages.applications.entity.Upload;
import fr.stages.candidates.control.CandidateMails;
import fr.stages.candidates.control.DataExport;
import fr.stages.candidates.control.OpenIdProvider;
import fr.stages.candidates.entity.CandidateAccount;
import fr.stages.candidates.entity.CandidateExport;
import fr.stages.candidates.entity.CandidateFile;
import fr.stages.candidates.entity.Profile;
import fr.stages.candidates.entity.ProviderSignIn;
import fr.stages.candidates.entity.SignInLink;
import fr.stages.candidates.entity.StoredCv;
import fr.stages.notifications.boundary.MailText;
import fr.stages.notifications.boundary.Notifications;
import fr.stages.notifications.control.Invitation;
import fr.stages.notifications.entity.Mail;
import fr.stages.platform.BusinessException;
import fr.stages.platform.CityTime;
import fr.stages.platform.EmailAddress;
import fr.stages.platform.FieldError;
import fr.stages.platform.InvalidInputException;
import fr.stages.platform.NotFoundException;
import fr.stages.platform.PublicUrl;
import fr.stages.platform.Signatures;
import fr.stages.platform.TimerRuns;
import fr.stages.retention.control.Erasure;
import fr.stages.search.entity.OfferCriteria;
import fr.stages.spontaneous.entity.SpontaneousApplication;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.QueryHints;

/**
 * Candidates' accounts: the one-time sign-in links, the account an opened link proves, and what its owner reads
 * and does once signed in. No account is ever needed to apply.
 */
@Stateless
@Interceptors(TimerRuns.class)
public class CandidateAccounts {

    private static final Logger LOG = Logger.getLogger(CandidateAccounts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    Notifications notifications;

    @EJB
    Applications applications;

    /**
     * Sends a sign-in link to that address, whether an account exists for it or not (it is made when the link is
     * used): the answer and the work are the same for every address, so nobody learns who has an account. A
     * network address that asked too many links lately is refused first, then an address that was sent too
     * many: each with the minutes to wait.
     *
     * @throws BusinessException mail.address.invalid, candidate.link.network (minutes), candidate.link.address
     *                           (minutes)
     */
    @PermitAll
    public void sendLink(String email, String language, String clientAddress) {
        EmailAddress address = EmailAddress.of(email);
        String client = Signatures.of(clientAddress == null || clientAddress.isBlank() ? "-" : clientAddress.strip());
        LocalDateTime since = CityTime.now().minus(SignInLink.WINDOW);
        waitIfTooMany("clientHash", client, since, SignInLink.MAX_PER_NETWORK, "candidate.link.network");
        waitIfTooMany("email", address.value(), since, SignInLink.MAX_PER_ADDRESS, "candidate.link.address");
        SignInLink link = new SignInLink(address, client, language);
        em.persist(link);
        notifications.send(Mail.signInLink(address, link.getLanguage(),
                PublicUrl.forMessages() + "/compte/lien.xhtml?jeton=" + link.getSecret()));
    }

    /** Refused with the minutes until the oldest request of the window leaves it, when there are that many. */
    private void waitIfTooMany(String field, String value, LocalDateTime since, int max, String key) {
        waitIfListed("select l.requestedAt from SignInLink l where l." + field + " = :value and l.requestedAt > :since"
                + " order by l.requestedAt", value, since, max, key);
    }

    /** The same, for the times that query lists (its :value and :since given). */
    private void waitIfListed(String timesQuery, String value, LocalDateTime since, int max, String key) {
        List<LocalDateTime> times = em.createQuery(timesQuery, LocalDateTime.class)
                .setParameter("value", value).setParameter("since", since).getResultList();
        if (times.size() >= max) {
            LocalDateTime free = times.get(times.size() - max).plus(SignInLink.WINDOW);
            long minutes = Math.max(1, (Duration.between(CityTime.now(), free).getSeconds() + 59) / 60);
            throw new BusinessException(key, minutes);
        }
    }

    /** The address a sign-in link would sign in, while it can be used (the link's page names it). */
    @PermitAll
    public Optional<String> addressOfLink(String secret) {
        return usable(secret).map(SignInLink::getEmail);
    }

    /**
     * Spends a sign-in link: its address is proved. The account of that address (made now if it is the first
     * time), with the applications sent with the address joined to it. Two uses of one link at once: one wins,
     * the other is refused.
     *
     * @return the account, whose id the web hands the container (ProvedAddress)
     * @throws BusinessException candidate.link.unusable for a link unknown, expired or used
     */
    @PermitAll
    public CandidateAccount signIn(String secret) {
        SignInLink link = usable(secret).orElseThrow(() -> new BusinessException("candidate.link.unusable"));
        int spent = em.createQuery("update SignInLink l set l.usedAt = :now where l.id = :id and l.usedAt is null")
                .setParameter("now", CityTime.now()).setParameter("id", link.getId()).executeUpdate();
        if (spent != 1) {
            throw new BusinessException("candidate.link.unusable");
        }
        CandidateAccount account = em.createNamedQuery(CandidateAccount.BY_EMAIL, CandidateAccount.class)
                .setParameter("email", link.getEmail()).getResultStream().findFirst().orElse(null);
        if (account == null) {
            account = new CandidateAccount(EmailAddress.of(link.getEmail()), link.getLanguage());
            em.persist(account);
            em.flush(); // its id, for the joins below
        } else {
            account.signedIn(link.getLanguage());
        }
        join(account);
        CandidateAccount signedIn = account;
        LOG.info(() -> "Connexion du compte candidat " + signedIn.getId());
        return account;
    }

    private Optional<SignInLink> usable(String secret) {
        String hash = SignInLink.hash(secret);
        if (hash == null) {
            return Optional.empty();
        }
        return em.createQuery("select l from SignInLink l where l.secretHash = :hash", SignInLink.class)
                .setParameter("hash", hash).getResultStream().filter(l -> l.isUsable(CityTime.now())).findFirst();
    }

    /**
     * The applications and spontaneous applications sent with the account's address join it. Asked first, updated
     * only when something is left to join: « Mes candidatures » joins at every visit, and a bulk update is a write
     * that also invalidates, in EclipseLink's shared cache, the objects it may touch (the whole class when it
     * cannot tell which), which the back office then reads again from the database.
     */
    private boolean join(CandidateAccount account) {
        boolean joined = false;
        for (String entity : new String[] {"Application", "SpontaneousApplication"}) {
            long left = em.createQuery("select count(x) from " + entity + " x where x.candidate.email = :email"
                            + " and x.accountId is null", Long.class)
                    .setParameter("email", account.getEmail()).getSingleResult();
            if (left > 0) {
                em.createQuery("update " + entity + " x set x.accountId = :account where x.candidate.email = :email"
                                + " and x.accountId is null")
                        .setParameter("account", account.getId()).setParameter("email", account.getEmail())
                        .executeUpdate();
                joined = true;
            }
        }
        return joined;
    }

    /** The name of the OpenID Connect provider candidates may sign in with, when server-config declares one. */
    @PermitAll
    public Optional<String> providerName() {
        return OpenIdProvider.name();
    }

    /** Where to send the browser to sign in at the provider, and the secret its cookie keeps meanwhile. */
    public record ProviderStart(String authorizationUrl, String browserSecret) {
    }

    /** A candidate signed in through the provider, and the ID token that the provider's sign-out asks for. */
    public record ProviderSignedIn(CandidateAccount account, String idToken) {
    }

    /**
     * A sign-in through the provider refused. Not rolled back: the sign-in it spent stays spent, so that an answer
     * of the provider is used once whatever happens after.
     */
    @ApplicationException(rollback = false)
    public static class ProviderRefusal extends BusinessException {

        public ProviderRefusal(String key) {
            super(key);
        }
    }

    /**
     * Begins a sign-in at the provider: a new ProviderSignIn (state, nonce, PKCE verifier, the browser's secret)
     * and the provider's address to send the browser to. A network address that began too many lately waits.
     *
     * @param redirectUri the platform's address the provider sends the browser back to (registered there)
     * @throws BusinessException candidate.provider.off, candidate.provider.network (minutes),
     *                           candidate.provider.unreachable
     */
    @PermitAll
    public ProviderStart beginProviderSignIn(String language, String clientAddress, String redirectUri) {
        OpenIdProvider provider = OpenIdProvider.configured()
                .orElseThrow(() -> new BusinessException("candidate.provider.off"));
        String client = Signatures.of(clientAddress == null || clientAddress.isBlank() ? "-" : clientAddress.strip());
        LocalDateTime since = CityTime.now().minus(SignInLink.WINDOW);
        waitIfListed("select p.startedAt from ProviderSignIn p where p.clientHash = :value and p.startedAt > :since"
                + " order by p.startedAt", client, since, ProviderSignIn.MAX_PER_NETWORK, "candidate.provider.network");
        ProviderSignIn attempt = new ProviderSignIn(client, language);
        String url;
        try {
            url = provider.authorizationUrl(attempt, redirectUri);
        } catch (OpenIdProvider.Failure e) {
            LOG.warning(() -> "Connexion par le fournisseur OpenID Connect impossible : " + e.getMessage());
            throw new BusinessException("candidate.provider.unreachable");
        }
        em.persist(attempt);
        return new ProviderStart(url, attempt.getBrowserSecret());
    }

    /**
     * Ends a sign-in at the provider, once the browser came back with a code: the sign-in its state names must
     * be usable and begun by this browser, and is spent whatever follows; the code is exchanged and the ID token
     * checked (OpenIdProvider); the address the provider gives is then proved, as a link's is: the account of that
     * address (made now if needed) with the applications sent with it. A candidate without a profile gets the
     * provider's names in one (with the rest of their latest application's).
     *
     * @throws ProviderRefusal candidate.provider.unusable (unknown, expired, spent, another browser's),
     *                         candidate.provider.failed (code refused, token refused, provider unreachable: the
     *                         log says which), candidate.provider.noEmail, candidate.provider.unverified
     */
    @PermitAll
    public ProviderSignedIn finishProviderSignIn(String state, String browserSecret, String code, String redirectUri) {
        String hash = ProviderSignIn.hash(state);
        ProviderSignIn attempt = hash == null ? null : em.createQuery(
                        "select p from ProviderSignIn p where p.stateHash = :hash", ProviderSignIn.class)
                .setParameter("hash", hash).getResultStream().findFirst().orElse(null);
        if (attempt == null || !attempt.isUsable(CityTime.now())) {
            throw new ProviderRefusal("candidate.provider.unusable");
        }
        int spent = em.createQuery("update ProviderSignIn p set p.usedAt = :now where p.id = :id and p.usedAt is null")
                .setParameter("now", CityTime.now()).setParameter("id", attempt.getId()).executeUpdate();
        if (spent != 1 || !attempt.begunBy(browserSecret)) {
            LOG.warning(() -> "Connexion par le fournisseur refusée : " + (spent != 1 ? "réponse déjà utilisée"
                    : "réponse apportée à un autre navigateur que celui qui l'a demandée"));
            throw new ProviderRefusal("candidate.provider.unusable");
        }
        OpenIdProvider provider = OpenIdProvider.configured()
                .orElseThrow(() -> new ProviderRefusal("candidate.provider.failed"));
        OpenIdProvider.Identity identity;
        try {
            if (code == null || code.isBlank() || code.length() > 2048) {
                throw new OpenIdProvider.Failure("réponse du fournisseur sans code");
            }
            identity = provider.identify(code, attempt, redirectUri);
        } catch (OpenIdProvider.Failure e) {
            LOG.warning(() -> "Connexion par le fournisseur OpenID Connect refusée : " + e.getMessage());
            throw new ProviderRefusal("candidate.provider.failed");
        }
        if (identity.emailVerified().filter(verified -> !verified).isPresent()) {
            throw new ProviderRefusal("candidate.provider.unverified");
        }
        EmailAddress address;
        try {
            address = EmailAddress.of(identity.email().orElseThrow(() -> new ProviderRefusal("candidate.provider.noEmail")));
        } catch (BusinessException e) {
            throw new ProviderRefusal("candidate.provider.noEmail");
        }
        CandidateAccount account = em.createNamedQuery(CandidateAccount.BY_EMAIL, CandidateAccount.class)
                .setParameter("email", address.value()).getResultStream().findFirst().orElse(null);
        if (account == null) {
            account = new CandidateAccount(address, attempt.getLanguage());
            em.persist(account);
            em.flush(); // its id, for the joins below
        } else {
            account.signedIn(attempt.getLanguage());
        }
        join(account);
        if (!account.hasProfile()) {
            Profile latest = profileOf(account);
            Profile named = new Profile(latest.email(), identity.givenName().orElse(latest.firstName()),
                    identity.familyName().orElse(latest.lastName()), latest.phone(), latest.school(), latest.course(),
                    latest.educationLevel());
            if (named.errors().isEmpty() && named.firstName() != null) {
                account.saveProfile(named);
            }
        }
        CandidateAccount signedIn = account;
        LOG.info(() -> "Connexion du compte candidat " + signedIn.getId() + " par le fournisseur OpenID Connect");
        return new ProviderSignedIn(account, identity.idToken());
    }

    /** The provider's sign-out address for a candidate who signed in there (FranceConnect asks for it). */
    @PermitAll
    public Optional<String> providerSignOutUrl(String idToken, String then) {
        return OpenIdProvider.configured().flatMap(provider -> provider.signOutUrl(idToken, then));
    }

    /** The signed-in candidate's account. */
    @RolesAllowed(CandidateAccount.ROLE)
    public CandidateAccount current() {
        return CandidateAccount.idOf(context.getCallerPrincipal().getName())
                .map(id -> em.find(CandidateAccount.class, id))
                .orElseThrow(() -> new EJBAccessException("no candidate account"));
    }

    /**
     * Everything the signed-in candidate sent, with what became of it. Sent since the sign-in with the same
     * address (without signing in, or from another device), it joins the account now. For reading only (« Mes
     * candidatures »): the entities are the shared cache's, not copies of this transaction (EclipseLink's read-only
     * queries), which halved the JPA part of the page (JFR, bench S7: copying 50 applications and their mails, and
     * a trace message EclipseLink builds for every lock it takes to copy, eclipse-ee4j/eclipselink#2152).
     */
    @RolesAllowed(CandidateAccount.ROLE)
    public CandidateFile file() {
        CandidateAccount account = current();
        // what was joined just now is not committed: read it in this transaction, as the export and erasure do
        return fileOf(account, !join(account));
    }

    /** The account's file as entities of this transaction, everything sent with the address joined first. */
    private CandidateFile transactionFile(CandidateAccount account) {
        join(account);
        return fileOf(account, false);
    }

    /**
     * The account's file; read-only: the shared cache's entities, to be read and never changed (« Mes
     * candidatures »), else entities of this transaction (the export, the erasure, which withdraws them).
     */
    private CandidateFile fileOf(CandidateAccount account, boolean readOnly) {
        List<Application> sent = em.createQuery("""
                        select a from Application a join fetch a.offer o join fetch o.direction
                        where a.accountId = :account order by a.receivedAt desc, a.id desc""", Application.class)
                .setParameter("account", account.getId()).setHint(QueryHints.READ_ONLY, readOnly).getResultList();
        List<SpontaneousApplication> spontaneous = em.createQuery("""
                        select s from SpontaneousApplication s where s.accountId = :account
                        order by s.receivedAt desc, s.id desc""", SpontaneousApplication.class)
                .setParameter("account", account.getId()).setHint(QueryHints.READ_ONLY, readOnly).getResultList();
        spontaneous.forEach(s -> s.getDirections().size());
        return new CandidateFile(account.getEmail(), sent,
                mailsTo(account, "applicationId", sent.stream().map(Application::getId).toList(), readOnly),
                spontaneous,
                mailsTo(account, "spontaneousId", spontaneous.stream().map(SpontaneousApplication::getId).toList(),
                        readOnly));
    }

    private Map<Long, List<Mail>> mailsTo(CandidateAccount account, String about, List<Long> ids, boolean readOnly) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select m from Mail m where m." + about + " in :ids and m.recipient = :email"
                        + " order by m.queuedAt, m.id", Mail.class)
                .setParameter("ids", ids).setParameter("email", account.getEmail())
                .setHint(QueryHints.READ_ONLY, readOnly).getResultStream()
                .collect(Collectors.groupingBy(m -> "applicationId".equals(about) ? m.getApplicationId()
                        : m.getSpontaneousId()));
    }

    /**
     * What the application forms are filled with for the signed-in candidate: their address, and the profile they
     * saved or, until they save one, the identity and studies of the latest thing they sent (application or
     * spontaneous application).
     */
    @RolesAllowed(CandidateAccount.ROLE)
    public Profile profile() {
        return profileOf(current());
    }

    private Profile profileOf(CandidateAccount account) {
        if (account.hasProfile()) {
            return account.profile();
        }
        Application application = em.createQuery("select a from Application a where a.candidate.email = :email"
                        + " order by a.receivedAt desc", Application.class)
                .setParameter("email", account.getEmail()).setMaxResults(1).getResultStream().findFirst().orElse(null);
        SpontaneousApplication spontaneous = em.createQuery("select s from SpontaneousApplication s"
                        + " where s.candidate.email = :email order by s.receivedAt desc", SpontaneousApplication.class)
                .setParameter("email", account.getEmail()).setMaxResults(1).getResultStream().findFirst().orElse(null);
        Candidate latest = application == null ? (spontaneous == null ? null : spontaneous.getCandidate())
                : spontaneous == null || application.getReceivedAt().isAfter(spontaneous.getReceivedAt())
                        ? application.getCandidate() : spontaneous.getCandidate();
        return Profile.of(account.getEmail(), latest);
    }

    /**
     * The signed-in candidate saves their profile (the address stays the one they proved).
     *
     * @throws InvalidInputException each field that the forms would refuse
     */
    @RolesAllowed(CandidateAccount.ROLE)
    public void saveProfile(Profile profile) {
        List<FieldError> errors = profile.errors();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        current().saveProfile(profile);
    }

    /** The signed-in candidate's stored CVs, oldest first, their files' names and sizes loaded (not the bytes). */
    @RolesAllowed(CandidateAccount.ROLE)
    public List<StoredCv> storedCvs() {
        List<StoredCv> cvs = em.createQuery("select c from StoredCv c join fetch c.document"
                        + " where c.accountId = :account order by c.storedAt, c.id", StoredCv.class)
                .setParameter("account", current().getId()).getResultList();
        return cvs;
    }

    /**
     * The signed-in candidate keeps a CV under a name: checked as the forms check a CV (a harmless PDF of at most
     * 5 MB, scanned), at most StoredCv.MAX_PER_ACCOUNT.
     *
     * @throws InvalidInputException name (required, too long) and file (required, refused by the checks)
     * @throws BusinessException     candidate.cv.max when the account already keeps as many
     */
    @RolesAllowed(CandidateAccount.ROLE)
    public StoredCv storeCv(String name, Upload file) {
        CandidateAccount account = current();
        List<FieldError> errors = new ArrayList<>();
        String nameError = StoredCv.nameError(name);
        if (nameError != null) {
            errors.add(new FieldError("cvName", nameError, StoredCv.NAME_LENGTH));
        }
        Intake.checkFile(errors, "cvFile", file, true);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // counted under the account's lock: two uploads at once cannot both be the third
        em.lock(account, LockModeType.PESSIMISTIC_WRITE);
        long kept = em.createQuery("select count(c) from StoredCv c where c.accountId = :account", Long.class)
                .setParameter("account", account.getId()).getSingleResult();
        if (kept >= StoredCv.MAX_PER_ACCOUNT) {
            throw new BusinessException("candidate.cv.max", StoredCv.MAX_PER_ACCOUNT);
        }
        StoredCv cv = new StoredCv(account.getId(), name, Intake.document(DocumentKind.CV, file));
        em.persist(cv);
        LOG.info(() -> "CV enregistré dans le compte candidat " + account.getId());
        return cv;
    }

    /**
     * Renames one of the signed-in candidate's CVs; another person's, or none: not found.
     *
     * @throws InvalidInputException name required or too long
     */
    @RolesAllowed(CandidateAccount.ROLE)
    public StoredCv renameCv(long cvId, String name) {
        StoredCv cv = myCv(cvId);
        String error = StoredCv.nameError(name);
        if (error != null) {
            throw new InvalidInputException(List.of(new FieldError("name", error, StoredCv.NAME_LENGTH)));
        }
        cv.rename(name);
        return cv;
    }

    /** Deletes one of the signed-in candidate's CVs and its file (applications sent with it keep their copy). */
    @RolesAllowed(CandidateAccount.ROLE)
    public StoredCv deleteCv(long cvId) {
        StoredCv cv = myCv(cvId);
        em.remove(cv);
        return cv;
    }

    /**
     * One of the signed-in candidate's CVs with its bytes: to download it, or to send it with an application (the
     * forms send it as if it were chosen again: same checks, and the application gets its own copy).
     */
    @RolesAllowed(CandidateAccount.ROLE)
    public Upload storedCvFile(long cvId) {
        Document document = myCv(cvId).getDocument();
        return new Upload(document.getFileName(), document.getContent());
    }

    private StoredCv myCv(long cvId) {
        StoredCv cv = em.find(StoredCv.class, cvId);
        if (cv == null || !cv.getAccountId().equals(current().getId())) {
            throw new NotFoundException("stored cv " + cvId);
        }
        return cv;
    }

    /**
     * The signed-in candidate saves a search as an alert on their proved address: active at once, its first digest
     * listing what is published from now on.
     *
     * @throws InvalidInputException name (required, too long), search (too long), frequency (none)
     * @throws BusinessException     alert.max when they have SearchAlert.MAX_PER_ADDRESS already
     */
    @RolesAllowed(CandidateAccount.ROLE)
    public SearchAlert saveAlert(String name, OfferCriteria criteria, Frequency frequency) {
        CandidateAccount account = current();
        List<FieldError> errors = SearchAlert.errors(name, criteria, frequency);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.lock(account, LockModeType.PESSIMISTIC_WRITE); // two saves at once cannot both be the eleventh
        if (SearchAlert.count(em, EmailAddress.of(account.getEmail()), true) >= SearchAlert.MAX_PER_ADDRESS) {
            throw new BusinessException("alert.max", SearchAlert.MAX_PER_ADDRESS);
        }
        SearchAlert alert = new SearchAlert(EmailAddress.of(account.getEmail()), account.getId(), name, criteria,
                frequency, account.getLanguage());
        em.persist(alert);
        return alert;
    }

    /** The signed-in candidate's alerts (made signed in, or confirmed from their address), oldest first. */
    @RolesAllowed(CandidateAccount.ROLE)
    public List<SearchAlert> alerts() {
        CandidateAccount account = current();
        return em.createQuery("select a from SearchAlert a where a.accountId = :account or a.email = :email"
                        + " order by a.createdAt, a.id", SearchAlert.class)
                .setParameter("account", account.getId()).setParameter("email", account.getEmail()).getResultList();
    }

    /** Deletes one of the signed-in candidate's alerts; another person's, or none: not found. */
    @RolesAllowed(CandidateAccount.ROLE)
    public SearchAlert deleteAlert(long alertId) {
        CandidateAccount account = current();
        SearchAlert alert = em.find(SearchAlert.class, alertId);
        if (alert == null || !(account.getId().equals(alert.getAccountId()) || account.getEmail().equals(alert.getEmail()))) {
            throw new NotFoundException("alert " + alertId);
        }
        em.remove(alert);
        return alert;
    }

    /**
     * The signed-in candidate withdraws one of their spontaneous applications: it leaves the directions' pool at
     * once, with its files (unless an application made from it uses them) and the mails about it. Another
     * person's, or none: not found.
     */
    @RolesAllowed(CandidateAccount.ROLE)
    public SpontaneousApplication withdrawSpontaneous(long spontaneousId) {
        CandidateAccount account = current();
        SpontaneousApplication application = em.find(SpontaneousApplication.class, spontaneousId);
        if (application == null || !account.getId().equals(application.getAccountId())) {
            throw new NotFoundException("spontaneous application " + spontaneousId);
        }
        List<Document> files = new ArrayList<>();
        Erasure.deleteSpontaneous(em, List.of(application), files);
        em.flush();
        Erasure.removeUnused(em, files);
        LOG.info(() -> "Candidature spontanée " + application.getReference() + " retirée par la personne");
        return application;
    }

    /**
     * The signed-in candidate withdraws one of their applications, on the rules of the link of their receipt
     * (the service is told; answered already, refused). Another person's application, or none: not found.
     */
    @RolesAllowed(CandidateAccount.ROLE)
    public Application withdraw(long applicationId) {
        Application application = mine(applicationId);
        return applications.withdraw(application.getReference(), Intake.withdrawalKey(application.getReference()));
    }

    /**
     * The interview the signed-in candidate is invited to, as an iCalendar file to add to their calendar, in
     * their language. None (not invited, or another person's application): not found.
     */
    @RolesAllowed(CandidateAccount.ROLE)
    public String interviewCalendar(long applicationId) {
        Application application = mine(applicationId);
        Interview interview = application.getInterview();
        if (application.getStatus() != ApplicationStatus.INVITED || interview == null) {
            throw new NotFoundException("interview of " + applicationId);
        }
        Locale locale = Locale.forLanguageTag(current().getLanguage());
        ResourceBundle texts = ResourceBundle.getBundle(CandidateMails.BUNDLE, locale);
        String contact = interview.getContact() == null ? "" : interview.getContact();
        return Invitation.publish("entretien-" + application.getReference() + "@stages", interview.getStart(),
                interview.getMinutes(), interview.getLocation(),
                MailText.format(texts.getString("INTERVIEW.summary"), locale, application.getOffer().getTitle()),
                MailText.format(texts.getString("INTERVIEW.description"), locale, application.getReference(),
                        application.getOffer().getDirection().getName(), contact));
    }

    /** One of the signed-in candidate's applications; another person's, or none: not found (404, nothing said). */
    private Application mine(long applicationId) {
        CandidateAccount account = current();
        Application application = em.find(Application.class, applicationId);
        if (application == null || !account.getId().equals(application.getAccountId())) {
            throw new NotFoundException("application " + applicationId);
        }
        return application;
    }

    /**
     * Everything held about the signed-in candidate, to download (GDPR art. 15 and 20): their account, every
     * application and spontaneous application sent with their address, with statuses, the mails sent to them,
     * their consents, and their files.
     */
    @RolesAllowed(CandidateAccount.ROLE)
    public CandidateExport export() {
        CandidateFile file = transactionFile(current());
        file.applications().forEach(a -> a.getHistory().size());
        return DataExport.of(current(), profile(), storedCvs(), alerts(), file);
    }

    /**
     * Erases the signed-in candidate's account and data (GDPR art. 17). Applications still pending or accepted are
     * first withdrawn as the withdraw button does (their service is told); then each keeps only what anonymous
     * statistics need, and the directions read « Retirée et effacée à la demande de la personne ». Spontaneous
     * applications, files no one else uses, the mails sent to the address, its sign-in links and the account are
     * deleted. The web ends the session.
     */
    @RolesAllowed(CandidateAccount.ROLE)
    public void erase() {
        CandidateAccount account = current();
        CandidateFile file = transactionFile(account);
        for (Application application : file.applications()) {
            if (application.mayBeWithdrawn()) {
                applications.withdraw(application.getReference(), Intake.withdrawalKey(application.getReference()));
            }
        }
        Set<Document> files = new LinkedHashSet<>();
        List<Long> ids = new ArrayList<>();
        for (Application application : file.applications()) {
            files.addAll(application.eraseCandidate());
            ids.add(application.getId());
        }
        em.flush();
        if (!ids.isEmpty()) {
            // the agents' notes may name the person: the notes go, the steps and their dates stay
            em.createQuery("delete from ApplicationEvent e where e.application.id in :ids and e.to is null")
                    .setParameter("ids", ids).executeUpdate();
            em.createQuery("update ApplicationEvent e set e.note = null where e.application.id in :ids")
                    .setParameter("ids", ids).executeUpdate();
            // the shared cache must not keep the histories as they were (bulk statements go around it)
            ids.forEach(id -> em.getEntityManagerFactory().getCache().evict(Application.class, id));
        }
        Erasure.deleteSpontaneous(em, file.spontaneous(), files);
        em.createQuery("delete from Mail m where m.recipient = :email").setParameter("email", account.getEmail())
                .executeUpdate();
        em.createQuery("delete from SignInLink l where l.email = :email").setParameter("email", account.getEmail())
                .executeUpdate();
        List<StoredCv> cvs = storedCvs();
        cvs.forEach(em::remove); // with their files
        alerts().forEach(em::remove);
        em.flush();
        int removed = Erasure.removeUnused(em, files) + cvs.size();
        em.remove(em.find(CandidateAccount.class, account.getId()));
        LOG.info(() -> "Compte candidat " + account.getId() + " effacé à la demande de la personne : "
                + ids.size() + " candidature(s) anonymisée(s), " + file.spontaneous().size()
                + " candidature(s) spontanée(s) et " + removed + " fichier(s) effacés");
    }

    /** An account unused that long, with no application left (the nightly retention erased them), goes. */
    public static final int IDLE_ACCOUNT_MONTHS = 24;

    /** The timer's run of forgetOldLinks, in a transaction of its own (platform.TimerRuns says why). */
    @Schedule(hour = "3", minute = "45", persistent = false, timezone = CityTime.ZONE_NAME)
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void scheduled() {
        context.getBusinessObject(CandidateAccounts.class).forgetOldLinks();
    }

    /**
     * Links are kept a day past their request, for the rate limits of the hour; then forgotten. An account that
     * holds nothing any more and was not used for IDLE_ACCOUNT_MONTHS goes too (the privacy page says so).
     */
    @PermitAll
    public void forgetOldLinks() {
        int links = em.createQuery("delete from SignInLink l where l.requestedAt < :before")
                .setParameter("before", CityTime.now().minusDays(1)).executeUpdate()
                + em.createQuery("delete from ProviderSignIn p where p.startedAt < :before")
                .setParameter("before", CityTime.now().minusDays(1)).executeUpdate();
        List<CandidateAccount> idle = em.createQuery("select c from CandidateAccount c where c.lastSignInAt < :before"
                        + " and not exists (select a.id from Application a where a.accountId = c.id)"
                        + " and not exists (select s.id from SpontaneousApplication s where s.accountId = c.id)",
                        CandidateAccount.class)
                .setParameter("before", CityTime.now().minusMonths(IDLE_ACCOUNT_MONTHS)).getResultList();
        for (CandidateAccount account : idle) { // the CVs they kept go with them, one by one with their files
            em.createQuery("select c from StoredCv c where c.accountId = :account", StoredCv.class)
                    .setParameter("account", account.getId()).getResultList().forEach(em::remove);
            em.createQuery("delete from SearchAlert a where a.accountId = :account")
                    .setParameter("account", account.getId()).executeUpdate();
            em.remove(account);
        }
        int accounts = idle.size();
        LOG.fine(() -> links + " liens de connexion oubliés, " + accounts + " compte(s) candidat(s) inactif(s) effacé(s)");
    }
}

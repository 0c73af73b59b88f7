package fr.stages.accounts.boundary;

import fr.stages.accounts.control.Passwords;
import fr.stages.accounts.entity.Agent;
import fr.stages.accounts.entity.KnownAddress;
import fr.stages.accounts.entity.LoginFailure;
import fr.stages.accounts.entity.PasswordLink;
import fr.stages.accounts.entity.ResetRequest;
import fr.stages.accounts.entity.Role;
import fr.stages.directions.entity.Service;
import fr.stages.notifications.boundary.Notifications;
import fr.stages.notifications.entity.Mail;
import fr.stages.notifications.entity.MailKind;
import fr.stages.platform.BusinessException;
import fr.stages.platform.CityTime;
import fr.stages.platform.EmailAddress;
import fr.stages.platform.FieldError;
import fr.stages.platform.InvalidInputException;
import fr.stages.platform.NotFoundException;
import fr.stages.platform.PublicUrl;
import fr.stages.platform.SingleLine;
import fr.stages.platform.TimerRuns;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The back office's accounts: who is logged in, their password (changed, forgotten, first chosen by a mailed
 * link), the brake on password guessing, and the correspondents' management of their direction's agents.
 */
@Stateless
@Interceptors(TimerRuns.class)
public class Agents {

    private static final Logger LOG = Logger.getLogger(Agents.class.getName());
    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 128;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Passwords passwords;

    @EJB
    Notifications notifications;

    /**
     * The logged-in agent, whose role and direction scope every back-office action. A closed account acts no
     * more, even from a session it opened before (the back office then ends that session).
     */
    @RolesAllowed({Role.AGENT_NAME, Role.CORRESPONDENT_NAME, Role.OFFICE_NAME})
    public Agent current() {
        String login = context.getCallerPrincipal().getName();
        return em.createNamedQuery(Agent.BY_LOGIN, Agent.class)
                .setParameter("login", login)
                .getResultStream()
                .findFirst()
                // the identity store let this caller in; a session opened before the account was closed stops here
                .filter(Agent::isActive)
                .orElseThrow(() -> new EJBAccessException("no open account for " + login));
    }

    /**
     * Whether a sign-in of that login from that network address must wait, and how long (LoginFailure says the
     * rules); empty when it may try.
     */
    @PermitAll
    public Optional<LoginFailure.Wait> waitBeforeTrying(String login, String address) {
        String caller = normal(login);
        String client = clientHash(address);
        LocalDateTime since = CityTime.now().minusMinutes(LoginFailure.WINDOW_MINUTES);
        List<LocalDateTime> fromAddress = em.createQuery("""
                        select f.failedAt from LoginFailure f where f.clientHash = :client and f.failedAt > :since
                        order by f.failedAt desc""", LocalDateTime.class)
                .setParameter("client", client).setParameter("since", since)
                .setMaxResults(LoginFailure.MAX_ADDRESS_FAILURES).getResultList();
        if (fromAddress.size() >= LoginFailure.MAX_ADDRESS_FAILURES) {
            return Optional.of(new LoginFailure.Wait(true, minutesAfter(fromAddress.get(0))));
        }
        List<LocalDateTime> ofLogin = isKnown(caller, client)
                ? em.createQuery("""
                        select f.failedAt from LoginFailure f
                        where f.login = :login and f.clientHash = :client and f.failedAt > :since
                        order by f.failedAt desc""", LocalDateTime.class)
                .setParameter("login", caller).setParameter("client", client).setParameter("since", since)
                .setMaxResults(LoginFailure.MAX_FAILURES).getResultList()
                : em.createQuery("""
                        select f.failedAt from LoginFailure f
                        where f.login = :login and f.failedAt > :since and not exists (
                            select k from KnownAddress k where k.login = f.login and k.clientHash = f.clientHash
                            and k.lastSuccess > :remembered)
                        order by f.failedAt desc""", LocalDateTime.class)
                .setParameter("login", caller).setParameter("since", since)
                .setParameter("remembered", CityTime.now().minusDays(KnownAddress.REMEMBERED_DAYS))
                .setMaxResults(LoginFailure.MAX_FAILURES).getResultList();
        if (ofLogin.size() >= LoginFailure.MAX_FAILURES) {
            return Optional.of(new LoginFailure.Wait(false, minutesAfter(ofLogin.get(0))));
        }
        return Optional.empty();
    }

    /** Minutes until a failure made at that time leaves the window (at least one). */
    private static long minutesAfter(LocalDateTime last) {
        return Math.max(1, Duration.between(CityTime.now(), last.plusMinutes(LoginFailure.WINDOW_MINUTES))
                .toMinutes() + 1);
    }

    private boolean isKnown(String login, String client) {
        return em.createQuery("""
                        select count(k) from KnownAddress k
                        where k.login = :login and k.clientHash = :client and k.lastSuccess > :remembered""", Long.class)
                .setParameter("login", login).setParameter("client", client)
                .setParameter("remembered", CityTime.now().minusDays(KnownAddress.REMEMBERED_DAYS))
                .getSingleResult() > 0;
    }

    /**
     * A refused login. For a login with no active account, the identity store compared no password and answered
     * at once (0.01–0.05 s instead of 0.2–0.5 s): one comparison with a hash of nothing makes both answers cost
     * the same, so that timing tells nobody which logins exist.
     */
    @PermitAll
    public void failed(String login, String address) {
        boolean known = em.createNamedQuery(Agent.BY_LOGIN, Agent.class).setParameter("login", normal(login))
                .getResultStream().anyMatch(Agent::isActive);
        if (!known) {
            passwords.matches("-".toCharArray(), Decoy.hash(passwords));
        }
        em.persist(new LoginFailure(normal(login), clientHash(address)));
        LOG.warning(() -> "Échec de connexion à l'espace agents pour l'identifiant " + normal(login));
    }

    /**
     * A login signed in from that address: its mistakes from there are forgotten, and the address is now one
     * where it keeps its own allowance (the failures from elsewhere still count against elsewhere).
     */
    @PermitAll
    public void succeeded(String login, String address) {
        String caller = normal(login);
        String client = clientHash(address);
        em.createQuery("delete from LoginFailure f where f.login = :login and f.clientHash = :client")
                .setParameter("login", caller).setParameter("client", client).executeUpdate();
        em.createQuery("select k from KnownAddress k where k.login = :login and k.clientHash = :client",
                        KnownAddress.class)
                .setParameter("login", caller).setParameter("client", client).getResultStream().findFirst()
                .ifPresentOrElse(KnownAddress::signedInAgain, () -> em.persist(new KnownAddress(caller, client)));
    }

    /** The timer's run of forgetOldTraces, in a transaction of its own (platform.TimerRuns says why). */
    @Schedule(hour = "3", minute = "40", persistent = false, timezone = CityTime.ZONE_NAME)
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void scheduled() {
        context.getBusinessObject(Agents.class).forgetOldTraces();
    }

    /**
     * Sign-in traces are kept no longer than they serve: failures and forgotten-password requests a day (they
     * count over 15 minutes and an hour), an address where a login signed in KnownAddress.REMEMBERED_DAYS after
     * its last sign-in.
     */
    @PermitAll
    public void forgetOldTraces() {
        LocalDateTime yesterday = CityTime.now().minusDays(1);
        int failures = em.createQuery("delete from LoginFailure f where f.failedAt < :before")
                .setParameter("before", yesterday).executeUpdate();
        int requests = em.createQuery("delete from ResetRequest r where r.requestedAt < :before")
                .setParameter("before", yesterday).executeUpdate();
        int addresses = em.createQuery("delete from KnownAddress k where k.lastSuccess < :before")
                .setParameter("before", CityTime.now().minusDays(KnownAddress.REMEMBERED_DAYS)).executeUpdate();
        LOG.info(() -> "Traces de connexion effacées : " + failures + " échec(s), " + requests
                + " demande(s) de mot de passe, " + addresses + " adresse(s) connue(s)");
    }

    /** The network address as a keyed hash (the platform's key): enough to count, useless to find it back. */
    private static String clientHash(String address) {
        return fr.stages.platform.Signatures.of(address == null || address.isBlank() ? "-" : address.strip());
    }

    /** The logged-in agent changes their password, proving they know the current one. */
    @RolesAllowed({Role.AGENT_NAME, Role.CORRESPONDENT_NAME, Role.OFFICE_NAME})
    public void changePassword(String current, String next, String confirmation) {
        Agent agent = current();
        List<FieldError> errors = new ArrayList<>();
        if (current == null || !passwords.matches(current.toCharArray(), agent.getPasswordHash())) {
            errors.add(new FieldError("current", "password.current.wrong"));
        }
        rules(errors, agent, next, confirmation);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        agent.changePassword(passwords.hash(next.toCharArray()));
        voidLinks(agent);
        LOG.info(() -> "Mot de passe changé par " + agent.getLogin());
    }

    /**
     * A forgotten password: an active account of that login receives a link, valid for an hour, to choose a new
     * one; the links sent before it no longer work. At most MAX_RESETS_PER_HOUR links an hour to one account:
     * past that, nothing is sent (nobody can fill an agent's mailbox); nor past ResetRequest.MAX_PER_HOUR requests
     * from one network address, whatever the logins (nobody sends links to every agent in turn). The answer is the
     * same whether the account exists or not, or was asked too often (nobody learns who has one).
     */
    @PermitAll
    public void sendResetLink(String login, String address) {
        String client = clientHash(address);
        long fromAddress = em.createQuery("""
                        select count(r) from ResetRequest r where r.clientHash = :client and r.requestedAt > :since""",
                        Long.class)
                .setParameter("client", client).setParameter("since", CityTime.now().minusHours(1)).getSingleResult();
        if (fromAddress >= ResetRequest.MAX_PER_HOUR) {
            LOG.warning(() -> "Demande de mot de passe oublié ignorée : plus de " + ResetRequest.MAX_PER_HOUR
                    + " en une heure depuis la même adresse");
            return;
        }
        em.persist(new ResetRequest(client));
        em.createNamedQuery(Agent.BY_LOGIN, Agent.class).setParameter("login", normal(login)).getResultStream()
                .filter(Agent::isActive).findFirst()
                .filter(agent -> resetsInTheLastHour(agent) < MAX_RESETS_PER_HOUR)
                .ifPresent(agent -> sendLink(agent, PasswordLink.FORGOTTEN, MailKind.PASSWORD_RESET));
    }

    public static final int MAX_RESETS_PER_HOUR = 3;

    /** A password hash of the platform's settings that matches no password anyone types; made once. */
    private static final class Decoy {

        private static volatile String hash;

        static String hash(Passwords passwords) {
            if (hash == null) {
                hash = passwords.hash(java.util.UUID.randomUUID().toString().toCharArray());
            }
            return hash;
        }
    }

    /** Forgotten-password links are valid an hour: those that expire within the hour were sent in the last one. */
    private long resetsInTheLastHour(Agent agent) {
        LocalDateTime now = CityTime.now();
        return em.createQuery("""
                        select count(l) from PasswordLink l where l.agent = :agent
                            and l.expiresAt > :now and l.expiresAt <= :inAnHour""", Long.class)
                .setParameter("agent", agent).setParameter("now", now)
                .setParameter("inAnHour", now.plus(PasswordLink.FORGOTTEN)).getSingleResult();
    }

    /** Every link of the agent not used yet stops working: a new one was sent, or the password was set. */
    private void voidLinks(Agent agent) {
        em.createQuery("select l from PasswordLink l where l.agent = :agent and l.usedAt is null", PasswordLink.class)
                .setParameter("agent", agent).getResultList().forEach(PasswordLink::use);
    }

    /** Whether a mailed link can still be used (the page asks before showing its form). */
    @PermitAll
    public boolean linkUsable(String secret) {
        return link(secret) != null;
    }

    /** Sets the password of a mailed link's agent; the link is then spent. */
    @PermitAll
    public void choosePassword(String secret, String next, String confirmation) {
        PasswordLink link = link(secret);
        if (link == null) {
            throw new BusinessException("password.link.unusable");
        }
        List<FieldError> errors = new ArrayList<>();
        rules(errors, link.getAgent(), next, confirmation);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        link.getAgent().changePassword(passwords.hash(next.toCharArray()));
        voidLinks(link.getAgent());
        // the guesses made against the old password mean nothing now: the login is open again from everywhere
        em.createQuery("delete from LoginFailure f where f.login = :login").setParameter("login", link.getAgent().getLogin())
                .executeUpdate();
        LOG.info(() -> "Mot de passe choisi par lien pour " + link.getAgent().getLogin());
    }

    /** The agents of the correspondent's direction, by name. */
    @RolesAllowed(Role.CORRESPONDENT_NAME)
    public List<Agent> ofMyDirection() {
        Agent me = current();
        return em.createQuery("""
                        select a from Agent a left join fetch a.service where a.direction.id = :direction
                        order by a.active desc, a.displayName""", Agent.class)
                .setParameter("direction", me.getDirection().getId()).getResultList();
    }

    /** The services of the correspondent's direction, for a new agent's. */
    @RolesAllowed(Role.CORRESPONDENT_NAME)
    public List<Service> servicesOfMyDirection() {
        return em.createQuery("select s from Service s where s.direction.id = :direction order by s.name", Service.class)
                .setParameter("direction", current().getDirection().getId()).getResultList();
    }

    /**
     * A correspondent opens an account for an agent of a service of their direction: the agent receives a link to
     * choose their password (the correspondent never knows it).
     */
    @RolesAllowed(Role.CORRESPONDENT_NAME)
    public Agent open(String displayName, String email, Long serviceId) {
        Agent me = current();
        List<FieldError> errors = new ArrayList<>();
        String name = displayName == null ? "" : SingleLine.of(displayName);
        if (name.isEmpty() || name.length() > 200) {
            errors.add(new FieldError("displayName", "agent.name.invalid"));
        }
        String login = null;
        if (email == null || email.isBlank()) {
            errors.add(new FieldError("email", "agent.email.required"));
        } else {
            try {
                login = EmailAddress.of(email).value();
            } catch (BusinessException e) {
                errors.add(new FieldError("email", "agent.email.invalid", email.strip()));
            }
            if (login != null && !em.createNamedQuery(Agent.BY_LOGIN, Agent.class).setParameter("login", login)
                    .getResultList().isEmpty()) {
                errors.add(new FieldError("email", "agent.email.taken", login));
            }
        }
        Service service = serviceId == null ? null : em.find(Service.class, serviceId);
        if (service == null || !service.getDirection().getId().equals(me.getDirection().getId())) {
            errors.add(new FieldError("service", "agent.service.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // an unusable hash until the agent chooses a password through the link
        Agent agent = Agent.ofService(login, passwords.hash(PasswordLink.hash(login + System.nanoTime()).toCharArray()),
                name, service);
        em.persist(agent);
        sendLink(agent, PasswordLink.NEW_ACCOUNT, MailKind.ACCOUNT_CREATED);
        LOG.info(() -> "Compte ouvert pour " + agent.getLogin() + " par " + me.getLogin());
        return agent;
    }

    /** A correspondent closes (or opens again) the account of one of their direction's agents. */
    @RolesAllowed(Role.CORRESPONDENT_NAME)
    public Agent setActive(long agentId, boolean active) {
        Agent me = current();
        Agent agent = em.find(Agent.class, agentId);
        if (agent == null || agent.getDirection() == null
                || !agent.getDirection().getId().equals(me.getDirection().getId())) {
            throw new NotFoundException("agent " + agentId);
        }
        if (agent.getId().equals(me.getId())) {
            throw new BusinessException("agent.self");
        }
        agent.setActive(active);
        return agent;
    }

    private void sendLink(Agent agent, Duration validity, MailKind kind) {
        voidLinks(agent);
        PasswordLink link = new PasswordLink(agent, validity);
        em.persist(link);
        String url = PublicUrl.forMessages() + "/mot-de-passe.xhtml?lien="
                + link.getSecret();
        notifications.send(Mail.passwordLink(kind, agent.emailAddress(), agent.getDisplayName(), url));
    }

    private PasswordLink link(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return null;
        }
        return em.createQuery("select l from PasswordLink l join fetch l.agent where l.secretHash = :hash",
                        PasswordLink.class)
                .setParameter("hash", PasswordLink.hash(secret.strip())).getResultStream()
                .filter(l -> l.isUsable(CityTime.now())).findFirst().orElse(null);
    }

    private static void rules(List<FieldError> errors, Agent agent, String next, String confirmation) {
        if (next == null || next.length() < MIN_PASSWORD_LENGTH || next.length() > MAX_PASSWORD_LENGTH) {
            errors.add(new FieldError("next", "password.length", MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH));
        } else if (next.toLowerCase(Locale.ROOT).contains(agent.getLogin().split("@")[0])) {
            errors.add(new FieldError("next", "password.login"));
        } else if (!next.equals(confirmation)) {
            errors.add(new FieldError("confirmation", "password.confirmation"));
        }
    }

    private static String normal(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }
}

package fr.stages.accounts.entity;

import fr.stages.platform.EmailAddress;
import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.Service;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.util.Objects;

@Entity
@NamedQuery(name = Agent.BY_LOGIN, query = "select a from Agent a left join fetch a.direction where a.login = :login")
public class Agent {

    public static final String BY_LOGIN = "Agent.byLogin";

    @Id
    @SequenceGenerator(name = "agent_seq", sequenceName = "agent_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agent_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 254)
    private String login;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "direction_id")
    private Direction direction;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id")
    private Service service;

    @Column(nullable = false)
    private boolean active;

    protected Agent() {
    }

    private Agent(String login, String passwordHash, String displayName, Role role, Direction direction,
                  Service service) {
        this.login = Objects.requireNonNull(login).trim().toLowerCase();
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.displayName = Objects.requireNonNull(displayName);
        this.email = this.login;
        this.role = role;
        this.direction = direction;
        this.service = service;
        this.active = true;
    }

    public static Agent ofService(String login, String passwordHash, String displayName, Service service) {
        return new Agent(login, passwordHash, displayName, Role.AGENT, service.getDirection(), service);
    }

    public static Agent correspondent(String login, String passwordHash, String displayName, Direction direction) {
        return new Agent(login, passwordHash, displayName, Role.CORRESPONDENT, Objects.requireNonNull(direction),
                null);
    }

    public static Agent office(String login, String passwordHash, String displayName) {
        return new Agent(login, passwordHash, displayName, Role.OFFICE, null, null);
    }

    /** A new password (its hash), chosen by the agent. */
    public void changePassword(String newHash) {
        this.passwordHash = java.util.Objects.requireNonNull(newHash);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /**
     * Changes with every new password, and says nothing of it: a session remembers the mark of its login, and
     * ends once the password has changed (from another session, or by a mailed link).
     */
    public String passwordMark() {
        return PasswordLink.hash(passwordHash).substring(0, 16);
    }

    /** A correspondent closes the account of an agent who left (the history keeps their name), or opens it again. */
    public void setActive(boolean active) {
        this.active = active;
    }

    /** Whether this agent may see and act on what belongs to that direction. */
    public boolean actsFor(Direction other) {
        return role == Role.OFFICE || (direction != null && other != null && direction.getId().equals(other.getId()));
    }

    /**
     * Whether this agent manages an offer of that direction and service, and its applications: the office every
     * offer, a correspondent their direction's, an agent of a service that service's (an agent attached to the
     * direction as a whole, without a service, the direction's).
     */
    public boolean manages(Direction offerDirection, Service offerService) {
        if (!actsFor(offerDirection)) {
            return false;
        }
        return role != Role.AGENT || service == null
                || (offerService != null && service.getId().equals(offerService.getId()));
    }

    /** The service whose offers only this agent manages, or null (correspondents, office, direction agents). */
    public Service serviceScope() {
        return role == Role.AGENT ? service : null;
    }

    public boolean seesEveryDirection() {
        return role == Role.OFFICE;
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    /** The address to write to: the agent's login, checked when the account was made. */
    public EmailAddress emailAddress() {
        return EmailAddress.of(email);
    }

    public Role getRole() {
        return role;
    }

    public Direction getDirection() {
        return direction;
    }

    public Service getService() {
        return service;
    }

    public boolean isActive() {
        return active;
    }
}

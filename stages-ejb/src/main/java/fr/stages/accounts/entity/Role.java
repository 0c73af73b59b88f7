package fr.stages.accounts.entity;

/**
 * The three functional roles. The identity store returns the role's name as the caller's group, and each group
 * is the role of the same name; the direction an agent may act on is data (Agent.direction), not a role.
 */
public enum Role {
    /** Agent of a service: the offers and applications of their direction. */
    AGENT(Role.AGENT_NAME),
    /** Correspondent of a direction: everything of the direction, and its agents. */
    CORRESPONDENT(Role.CORRESPONDENT_NAME),
    /** The internship office (bureau des stages): every direction and the reference data. */
    OFFICE(Role.OFFICE_NAME);

    public static final String AGENT_NAME = "agent";
    public static final String CORRESPONDENT_NAME = "correspondent";
    public static final String OFFICE_NAME = "office";

    private final String groupName;

    Role(String groupName) {
        this.groupName = groupName;
    }

    public String groupName() {
        return groupName;
    }

    public static Role ofGroup(String groupName) {
        for (Role role : values()) {
            if (role.groupName.equals(groupName)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role " + groupName);
    }
}

package fr.stages.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.Service;
import fr.stages.offers.entity.OfferMother;
import org.junit.jupiter.api.Test;

class AgentTest {

    private final Direction dac = OfferMother.direction("DAC", 1);
    private final Direction deve = OfferMother.direction("DEVE", 2);

    @Test
    void anAgentActsForTheirOwnDirectionOnly() {
        Agent agent = Agent.ofService("Agent@Paris.example ", "hash", "Agent", new Service(dac, "Bibliothèques", null));
        assertEquals("agent@paris.example", agent.getLogin(), "logins are compared lower-case, without spaces");
        assertEquals(Role.AGENT, agent.getRole());
        assertTrue(agent.actsFor(OfferMother.direction("DAC", 1)));
        assertFalse(agent.actsFor(deve));
        assertFalse(agent.seesEveryDirection());
    }

    @Test
    void aCorrespondentActsForTheirDirection() {
        Agent correspondent = Agent.correspondent("c@paris.example", "hash", "C", deve);
        assertTrue(correspondent.actsFor(deve));
        assertFalse(correspondent.actsFor(dac));
        assertThrows(NullPointerException.class, () -> Agent.correspondent("x@paris.example", "h", "X", null));
    }

    @Test
    void theInternshipOfficeActsForEveryDirection() {
        Agent office = Agent.office("b@paris.example", "hash", "Bureau");
        assertTrue(office.actsFor(dac));
        assertTrue(office.actsFor(deve));
        assertTrue(office.seesEveryDirection());
    }

    @Test
    void rolesAreStoredAsTheGroupNamesOfTheIdentityStore() {
        RoleConverter converter = new RoleConverter();
        for (Role role : Role.values()) {
            assertEquals(role, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(role)));
        }
        assertEquals("office", converter.convertToDatabaseColumn(Role.OFFICE));
        assertThrows(IllegalArgumentException.class, () -> Role.ofGroup("admin"));
    }

    @Test
    void thePasswordMarkChangesWithThePasswordAndShowsNothingOfIt() {
        Agent office = Agent.office("b@paris.example", "PBKDF2WithHmacSHA512:210000:sel:empreinte", "Bureau");
        String mark = office.passwordMark();
        assertEquals(16, mark.length());
        assertEquals(mark, office.passwordMark(), "the same password, the same mark");
        assertEquals(false, office.getPasswordHash().contains(mark));
        office.changePassword("PBKDF2WithHmacSHA512:210000:autre-sel:autre-empreinte");
        assertEquals(false, mark.equals(office.passwordMark()), "a new password, a new mark");
    }
}

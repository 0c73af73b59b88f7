package fr.stages.directions.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.stages.platform.BusinessException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A direction's own settings: the delay its agents answer within, and who else is told of each application. */
class DirectionTest {

    @Test
    void aDirectionExpectsAnswersWithinItsDelayFromOneToNinetyDays() {
        Direction direction = new Direction("DEVE", "Direction des espaces verts", null);
        assertEquals(Direction.DEFAULT_RESPONSE_DAYS, direction.getResponseDays(), "until its correspondent says");
        direction.expectAnswersWithin(1);
        assertEquals(1, direction.getResponseDays());
        direction.expectAnswersWithin(Direction.MAX_RESPONSE_DAYS);
        assertEquals(Direction.MAX_RESPONSE_DAYS, direction.getResponseDays());
        for (int refused : List.of(0, -3, Direction.MAX_RESPONSE_DAYS + 1)) {
            BusinessException e = assertThrows(BusinessException.class, () -> direction.expectAnswersWithin(refused));
            assertEquals("direction.responseDays.range", e.key(), "refused: " + refused);
            assertEquals(Direction.MAX_RESPONSE_DAYS, direction.getResponseDays(), "nothing changed by " + refused);
        }
    }

    @Test
    void theNoticeAddressIsDesignatedAndWithdrawn() {
        Direction direction = new Direction("DAC", "Direction des affaires culturelles", "Musées, bibliothèques");
        assertNull(direction.getNoticeEmail(), "nobody else told until designated");
        direction.designateNoticeAddress("stages.dac@paris.example");
        assertEquals("stages.dac@paris.example", direction.getNoticeEmail());
        direction.designateNoticeAddress(null);
        assertNull(direction.getNoticeEmail());
    }
}

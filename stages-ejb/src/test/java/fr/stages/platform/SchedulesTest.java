package fr.stages.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.applications.boundary.Reminders;
import jakarta.ejb.Schedule;
import java.io.IOException;
import java.lang.reflect.Method;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The timers run at the city's hours: without a time zone a schedule follows the server's (often UTC), and the
 * morning reminder left at 8:30 or 9:30 in Paris while « Ma direction » announced 7:30.
 */
class SchedulesTest {

    @Test
    void everyScheduleAtAnHourOfTheDayIsInTheCitysTimeZone() throws IOException {
        List<String> atAnHour = new ArrayList<>();
        for (Class<?> bean : SecurityRulesTest.beans()) {
            for (Method method : bean.getDeclaredMethods()) {
                Schedule schedule = method.getAnnotation(Schedule.class);
                if (schedule != null && !schedule.hour().equals("*")) {
                    atAnHour.add(bean.getSimpleName() + "." + method.getName());
                    assertEquals(CityTime.ZONE_NAME, schedule.timezone(), bean.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertTrue(atAnHour.size() >= 4, "timers at an hour of the day: " + atAnHour);
    }

    @Test
    void theReminderLeavesWhenTheDirectionPageSays() throws NoSuchMethodException {
        Schedule schedule = Reminders.class.getDeclaredMethod("everyMorning").getAnnotation(Schedule.class);
        assertEquals(Reminders.AT, LocalTime.of(Integer.parseInt(schedule.hour()), Integer.parseInt(schedule.minute())));
    }
}

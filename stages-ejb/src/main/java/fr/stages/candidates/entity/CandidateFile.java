package fr.stages.candidates.entity;

import fr.stages.applications.entity.Application;
import fr.stages.notifications.entity.Mail;
import fr.stages.spontaneous.entity.SpontaneousApplication;
import java.util.List;
import java.util.Map;

/**
 * What a signed-in candidate reads of their own file: their applications (newest first, each with its offer and
 * direction), the mails the platform sent them about each, and their spontaneous applications. A read model:
 * nothing in it changes anything.
 */
public record CandidateFile(String email, List<Application> applications, Map<Long, List<Mail>> mails,
                            List<SpontaneousApplication> spontaneous, Map<Long, List<Mail>> spontaneousMails) {

    public List<Mail> mailsOf(Application application) {
        return mails.getOrDefault(application.getId(), List.of());
    }

    public List<Mail> mailsOf(SpontaneousApplication application) {
        return spontaneousMails.getOrDefault(application.getId(), List.of());
    }
}

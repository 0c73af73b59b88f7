package fr.stages.notifications.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts a mail's id on the mail queue. The container's JMSContext joins the caller's JTA transaction: the
 * message exists once that transaction commits, and never if it rolls back.
 */
@Dependent
public class MailQueue {

    public static final String QUEUE = "jms/stagesMailQueue";
    public static final String CONNECTION_FACTORY = "jms/stagesConnectionFactory";

    @Inject
    @JMSConnectionFactory(CONNECTION_FACTORY)
    JMSContext jms;

    @Resource(lookup = QUEUE)
    Queue queue;

    public void send(long mailId, Duration delay) {
        jms.createProducer().setDeliveryDelay(delay.toMillis()).send(queue, Long.toString(mailId));
    }

    /**
     * Puts several mails' ids on the queue in one message ("12,13,14"): a morning's hundred thousand digests
     * would otherwise be as many messages held in the embedded broker's memory at once (measured: 53,000 of them
     * filled a 256 MB heap). The dispatcher sends them one after the other; several messages go in parallel.
     */
    public void sendTogether(List<Long> mailIds) {
        if (!mailIds.isEmpty()) {
            jms.createProducer().send(queue, mailIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
    }

    /** The mail ids a message carries (one, or several separated by commas); none when it is not that. */
    public static List<Long> ids(Message message) {
        try {
            List<Long> ids = new ArrayList<>();
            for (String id : message.getBody(String.class).strip().split(",")) {
                ids.add(Long.valueOf(id.strip()));
            }
            return ids;
        } catch (JMSException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * The ids of the mails whose message waits in the queue, read without taking them; nothing when there are more
     * than that many (a backlog the dispatcher is still working through).
     */
    public Optional<Set<Long>> waiting(int atMost) {
        Set<Long> ids = new HashSet<>();
        try (QueueBrowser browser = jms.createBrowser(queue)) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements()) {
                if (ids.size() >= atMost) {
                    return Optional.empty();
                }
                ids.addAll(ids((Message) messages.nextElement())); // not mail ids: none, as the dispatcher ignores them
            }
        } catch (JMSException e) {
            return Optional.empty();
        }
        return Optional.of(ids);
    }
}

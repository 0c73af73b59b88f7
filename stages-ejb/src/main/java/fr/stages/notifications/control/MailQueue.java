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
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

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
                try {
                    ids.add(Long.valueOf(((Message) messages.nextElement()).getBody(String.class).strip()));
                } catch (RuntimeException e) {
                    // not a mail id: the dispatcher ignores it too
                }
            }
        } catch (JMSException e) {
            return Optional.empty();
        }
        return Optional.of(ids);
    }
}

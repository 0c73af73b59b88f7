package fr.stages.notifications.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.time.Duration;

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
}

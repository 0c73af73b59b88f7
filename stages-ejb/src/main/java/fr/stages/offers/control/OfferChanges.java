package fr.stages.offers.control;

import fr.stages.platform.PublicData;
import fr.stages.notifications.control.MailQueue;
import fr.stages.offers.entity.Offer;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Topic;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Announces every committed change of an offer on a topic, which every instance of the platform hears (its
 * search index must forget the old version). JPA calls this for each insert, update and delete of an offer,
 * whichever code made it; the ids of a transaction are announced once it has committed, never if it rolls back.
 * <p>
 * Why not a JMS send right here: JPA writes (and calls this) while the transaction is completing, when a JMS
 * session no longer joins it — the message would arrive before the data is visible. And nothing is injected:
 * EclipseLink 4.0.1 cannot close a persistence unit at undeploy whose entity listener holds CDI beans. A change
 * whose announcement is lost (the server stops between commit and send) is caught up by the search's periodic
 * check against the database.
 */
public class OfferChanges {

    public static final String TOPIC = "jms/stagesOfferChanges";
    private static final Logger LOG = Logger.getLogger(OfferChanges.class.getName());
    private static final Object KEY = OfferChanges.class;
    /** Transactions with offer changes committed in this JVM so far: pages built before a change are stale. */

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Offer offer) {
        TransactionSynchronizationRegistry transaction = lookup("java:comp/TransactionSynchronizationRegistry");
        @SuppressWarnings("unchecked")
        Set<Long> changed = (Set<Long>) transaction.getResource(KEY);
        if (changed == null) {
            Set<Long> ids = new LinkedHashSet<>();
            transaction.putResource(KEY, ids);
            ConnectionFactory factory = lookup(MailQueue.CONNECTION_FACTORY);
            Topic topic = lookup(TOPIC);
            ManagedExecutorService executor = lookup("java:comp/DefaultManagedExecutorService");
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to prepare
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        // at once, before the caller gets its answer: this instance shows no page older than its
                        // own change; the others learn it from the topic a few milliseconds later
                        PublicData.changed();
                        // another thread: this one still belongs to the finished transaction
                        executor.execute(() -> announce(factory, topic, ids));
                    }
                }
            });
            changed = ids;
        }
        changed.add(offer.getId());
    }

    private static void announce(ConnectionFactory factory, Topic topic, Set<Long> ids) {
        try (JMSContext jms = factory.createContext()) {
            JMSProducer producer = jms.createProducer();
            ids.forEach(id -> producer.send(topic, Long.toString(id)));
        } catch (RuntimeException e) {
            LOG.warning(() -> "Changement d'offres non annoncé " + ids + " (rattrapé par la vérification"
                    + " périodique de l'index) : " + e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T lookup(String name) {
        try {
            return (T) new InitialContext().lookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("Ressource du serveur introuvable : " + name, e);
        }
    }
}

package fr.stages.search.boundary;

import fr.stages.offers.control.OfferChanges;
import fr.stages.offers.entity.Offer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;

/**
 * Each instance of the platform hears every committed change of an offer and brings its own index up to date.
 * A non-durable subscription: an instance that was down rebuilds its whole index when it starts.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = OfferChanges.TOPIC),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic")
})
// outside a transaction: the message is acknowledged once handled, and a failure cannot make it come back forever
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OfferChangesListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(OfferChangesListener.class.getName());

    @EJB
    Search search;

    @PersistenceUnit
    EntityManagerFactory persistence;

    @Override
    public void onMessage(Message message) {
        try {
            long offer = Long.parseLong(message.getBody(String.class).strip());
            // a change made by another instance: this one's shared JPA cache still holds the offer as it was, and
            // the public offer page reads it from there
            persistence.getCache().evict(Offer.class, offer);
            search.refresh(offer);
        } catch (JMSException | RuntimeException e) {
            // a change missed here is caught up by the periodic check of the index; the topic must not be blocked
            LOG.warning(() -> "Changement d'offre non pris en compte par la recherche : " + e);
        }
    }
}

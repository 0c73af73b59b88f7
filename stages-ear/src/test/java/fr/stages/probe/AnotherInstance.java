package fr.stages.probe;

import fr.stages.notifications.control.MailQueue;
import fr.stages.offers.control.OfferChanges;
import jakarta.annotation.Resource;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test-only module: announces a change of an offer on the offer-changes topic, as another instance of the
 * platform does after committing one (OfferChanges), so that a test can check what this instance makes of it.
 */
@WebServlet("/announce")
public class AnotherInstance extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = MailQueue.CONNECTION_FACTORY)
    transient ConnectionFactory factory;

    @Resource(lookup = OfferChanges.TOPIC)
    transient Topic topic;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long offer = Long.parseLong(request.getParameter("offer"));
        try (JMSContext jms = factory.createContext()) {
            jms.createProducer().send(topic, Long.toString(offer));
        }
        response.setContentType("text/plain");
        response.getWriter().write("ok");
    }
}

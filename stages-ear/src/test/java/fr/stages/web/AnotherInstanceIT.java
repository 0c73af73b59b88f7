package fr.stages.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.probe.AnotherInstance;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With several instances, each keeps its own rendered public pages and search index; an offer changed through
 * another instance reaches this one only by the offer-changes topic. A test-only module plays the other
 * instance: it announces the change on the topic, as OfferChanges does after a commit.
 */
@ExtendWith(ArquillianExtension.class)
class AnotherInstanceIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Ear.withTestModule("instance", AnotherInstance.class);
    }

    private final WebClient web = new WebClient();

    @Test
    void anOfferChangeAnnouncedByAnotherInstanceRenewsThePagesThisOneKeeps() throws InterruptedException {
        String title = "Stage vu par une autre instance " + TestDatabase.unique();
        long offer;
        try (TestDatabase db = TestDatabase.open()) {
            offer = db.offer(db.direction(TestDatabase.unique(), "Direction des instances"), "PUBLISHED", title,
                    LocalDate.now().plusDays(20));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        String path = "/offers/offer.xhtml?id=" + offer;
        web.awaitBody(WebClient.search(title), path + "\"");
        web.getRaw(path);
        assertEquals("hit", web.getRaw(path).headers().firstValue("X-Stages-Cache").orElse(""), "kept in memory");

        // the other instance committed a new title: in the database, and in nothing this instance holds
        try (TestDatabase db = TestDatabase.open()) {
            db.retitleKeepingVersion(offer, title + " renommé");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        // the periodic check (every second here) cannot see it: the page stays as this instance kept it
        Thread.sleep(3_000);
        assertTrue(web.get(path).body().contains(title + "</h1>"), "without the announcement, still the old page");

        HttpResponse<String> announced = web.post("/instance/announce", Map.of("offer", Long.toString(offer)));
        assertEquals(200, announced.statusCode(), announced.body());
        web.awaitBody(path, title + " renommé</h1>");
        web.awaitBody(WebClient.search(title + " renommé"), path + "\"");
    }
}

package fr.stages.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.accounts.entity.Agent;
import fr.stages.applications.entity.Application;
import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.JobFamily;
import fr.stages.directions.entity.Place;
import fr.stages.directions.entity.Service;
import fr.stages.offers.entity.Offer;
import fr.stages.spontaneous.entity.SpontaneousApplication;
import fr.stages.testing.Deployments;
import fr.stages.testing.Fixtures;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The schema is the migrations' work, and every entity maps onto it (on H2 and on PostgreSQL). */
@ExtendWith(ArquillianExtension.class)
class MigrationsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.business();
    }

    @Resource(lookup = Migrations.DATASOURCE)
    DataSource dataSource;

    @EJB
    Fixtures fixtures;

    @EJB
    Migrations migrations;

    @Test
    void everyMigrationRanAndSucceeded() throws Exception {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select \"version\", \"success\" from \"flyway_schema_history\" where \"version\" is not null order by \"installed_rank\"")) {
            int migrations = 0;
            while (rows.next()) {
                migrations++;
                assertTrue(rows.getBoolean(2), "migration " + rows.getString(1) + " failed");
            }
            assertTrue(migrations >= 1, "no migration recorded");
        }
    }

    @Test
    void everyEntityMapsOntoTheMigratedSchema() {
        for (Class<?> entity : new Class<?>[] {Direction.class, Service.class, JobFamily.class, Place.class,
            Agent.class, Offer.class, Application.class, SpontaneousApplication.class}) {
            assertTrue(fixtures.count(entity) >= 0, entity.getSimpleName());
        }
    }

    @Test
    void theStartupCheckKnowsTheDatabase() {
        String product = migrations.databaseProduct();
        assertTrue(product.startsWith("H2") || product.startsWith("PostgreSQL"), product);
        assertEquals(product.startsWith("H2"), migrations.isH2());
    }
}

package fr.stages.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.JobFamily;
import fr.stages.directions.entity.Place;
import fr.stages.offers.entity.Offer;
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

    /** Each migration the application ships is applied, successfully, and none is pending or unknown. */
    @Test
    void everyMigrationShippedRanAndSucceeded() throws Exception {
        org.flywaydb.core.api.MigrationInfoService info = org.flywaydb.core.Flyway.configure(
                        Migrations.class.getClassLoader()).dataSource(dataSource).locations("classpath:db/migration")
                .load().info();
        java.util.List<String> shipped = java.util.Arrays.stream(info.all())
                .filter(m -> m.getScript() != null && m.getScript().startsWith("V")).map(m -> m.getScript()).toList();
        assertTrue(shipped.size() >= 15, "migrations found in the application: " + shipped);
        assertEquals(0, info.pending().length, "pending: " + java.util.Arrays.toString(info.pending()));
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select \"script\", \"success\" from \"flyway_schema_history\" "
                     + "where \"version\" is not null order by \"installed_rank\"")) {
            java.util.List<String> applied = new java.util.ArrayList<>();
            while (rows.next()) {
                assertTrue(rows.getBoolean(2), "migration " + rows.getString(1) + " failed");
                applied.add(rows.getString(1));
            }
            assertEquals(shipped, applied, "every migration shipped, applied once, in order");
        }
    }

    /**
     * Every entity maps onto the migrated schema: each is read whole (a missing or misnamed column fails the
     * query, even on an empty table) and each of its collections followed; some rows exist to be read.
     */
    @Test
    void everyEntityIsReadWholeFromTheMigratedSchema() {
        fixtures.offer(fixtures.direction().getId(), fr.stages.offers.entity.OfferStatus.PUBLISHED,
                java.time.LocalDate.now().plusDays(10));
        java.util.Map<String, String> outcomes = fixtures.readEveryEntity();
        assertTrue(outcomes.keySet().containsAll(java.util.List.of("Direction", "Service", "JobFamily", "Place",
                "Agent", "Offer", "Application", "SpontaneousApplication", "Mail")), outcomes.keySet().toString());
        assertEquals(24, outcomes.size(), "the entities of the module: " + outcomes.keySet());
        assertTrue(outcomes.keySet().containsAll(java.util.List.of("CandidateAccount", "SignInLink")));
        outcomes.forEach((entity, outcome) -> assertEquals("ok", outcome, entity));
        for (Class<?> entity : new Class<?>[] {Direction.class, JobFamily.class, Place.class, Offer.class}) {
            assertTrue(fixtures.count(entity) > 0, "rows were read: " + entity.getSimpleName());
        }
    }

    @Test
    void theStartupCheckKnowsTheDatabase() {
        String product = migrations.databaseProduct();
        assertTrue(product.startsWith("H2") || product.startsWith("PostgreSQL"), product);
        assertEquals(product.startsWith("H2"), migrations.isH2());
    }
}

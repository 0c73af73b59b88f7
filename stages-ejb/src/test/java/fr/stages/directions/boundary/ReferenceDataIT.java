package fr.stages.directions.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.stages.directions.entity.Direction;
import fr.stages.testing.Deployments;
import fr.stages.testing.Fixtures;
import jakarta.ejb.EJB;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reference data forms offer, read from the real database (H2 or PostgreSQL, whatever its collation): in the
 * order a French reader expects, and the English names the search's pages ask for.
 */
@ExtendWith(ArquillianExtension.class)
class ReferenceDataIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.business();
    }

    @EJB
    ReferenceData referenceData;

    @EJB
    Fixtures fixtures;

    @Test
    void directionsAndFamiliesComeInFrenchOrderWhateverTheDatabasesCollation() {
        String mark = " " + UUID.randomUUID().toString().substring(0, 8);
        // the database's order of characters (C collation, H2) puts « É » after « U »
        fixtures.direction("Urbanisme" + mark);
        fixtures.direction("Écoles" + mark);
        fixtures.direction("eaux" + mark);
        assertEquals(List.of("eaux" + mark, "Écoles" + mark, "Urbanisme" + mark), referenceData.directions().stream()
                .map(Direction::getName).filter(n -> n.endsWith(mark)).toList());
        fixtures.jobFamily("Œuvres d'art" + mark, null);
        fixtures.jobFamily("Océanographie" + mark, null);
        fixtures.jobFamily("Ébénisterie" + mark, null);
        assertEquals(List.of("Ébénisterie" + mark, "Océanographie" + mark, "Œuvres d'art" + mark),
                referenceData.jobFamilies().stream().map(f -> f.getName()).filter(n -> n.endsWith(mark)).toList());
    }

    @Test
    void englishNamesAreGivenForTheFamiliesThatHaveOneOnly() {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        long translated = fixtures.jobFamily("Jardinage " + mark, "Gardening " + mark);
        long frenchOnly = fixtures.jobFamily("Médiation " + mark, null);
        Map<String, String> names = referenceData.englishNames();
        assertEquals("Gardening " + mark, names.get("family:" + translated));
        assertFalse(names.containsKey("family:" + frenchOnly), "no English name: the page marks the French one");
        assertFalse(names.values().stream().anyMatch(n -> n.startsWith("Médiation")), "never the French as English");
    }
}

package fr.stages.directions.boundary;

import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.JobFamily;
import fr.stages.directions.entity.Place;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The City's directions, job families and places, by name, for the choices forms offer. */
@Stateless
@PermitAll
public class ReferenceData {

    @PersistenceContext
    EntityManager em;

    public List<Direction> directions() {
        return inFrenchOrder(em.createQuery("select d from Direction d", Direction.class).getResultList(),
                Direction::getName);
    }

    /** The places an internship happens in (the arrondissements, then the places outside Paris), by code. */
    public List<Place> places() {
        return em.createQuery("select p from Place p order by p.code", Place.class).getResultList();
    }

    public List<JobFamily> jobFamilies() {
        return inFrenchOrder(em.createQuery("select f from JobFamily f", JobFamily.class).getResultList(),
                JobFamily::getName);
    }

    /**
     * By name as a French reader orders them: « Éducation » among the E, not after « Urbanisme » as the database's
     * order of characters put it (H2, PostgreSQL with the C collation).
     */
    static <T> List<T> inFrenchOrder(List<T> values, Function<T, String> name) {
        Collator french = Collator.getInstance(Locale.FRENCH);
        return values.stream().sorted(Comparator.comparing(name, french)).toList();
    }
}

package fr.stages.directions.boundary;

import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.JobFamily;
import fr.stages.directions.entity.Place;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
     * The English names known, by place code ("place:75113") and by job family id ("family:7"): the search index
     * keeps the French names its filters and result lines show, a page in English asks for these.
     */
    public java.util.Map<String, String> englishNames() {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (Place place : em.createQuery("select p from Place p", Place.class).getResultList()) {
            String english = place.nameIn(Locale.ENGLISH);
            if (!english.equals(place.getName())) {
                names.put("place:" + place.getCode(), english);
            }
        }
        for (JobFamily family : em.createQuery("select f from JobFamily f", JobFamily.class).getResultList()) {
            String english = family.nameIn(Locale.ENGLISH);
            if (!english.equals(family.getName())) {
                names.put("family:" + family.getId(), english);
            }
        }
        return names;
    }

    /**
     * By name as a French reader orders them: « Éducation » among the E, not after « Urbanisme » as the database's
     * order of characters put it (H2, PostgreSQL with the C collation).
     */
    static <T> List<T> inFrenchOrder(List<T> values, Function<T, String> name) {
        return fr.stages.platform.ReadingOrder.sorted(values, name, Locale.FRENCH);
    }
}

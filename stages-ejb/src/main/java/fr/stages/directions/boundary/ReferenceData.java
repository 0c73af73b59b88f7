package fr.stages.directions.boundary;

import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.JobFamily;
import fr.stages.directions.entity.Place;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The City's directions, job families and places, by name, for the choices forms offer. */
@Stateless
@PermitAll
public class ReferenceData {

    @PersistenceContext
    EntityManager em;

    public List<Direction> directions() {
        return em.createQuery("select d from Direction d order by d.name", Direction.class).getResultList();
    }

    /** The places an internship happens in (the arrondissements, then the places outside Paris), by code. */
    public List<Place> places() {
        return em.createQuery("select p from Place p order by p.code", Place.class).getResultList();
    }

    public List<JobFamily> jobFamilies() {
        return em.createQuery("select f from JobFamily f order by f.name", JobFamily.class).getResultList();
    }
}

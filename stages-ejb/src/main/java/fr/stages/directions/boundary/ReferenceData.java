package fr.stages.directions.boundary;

import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.JobFamily;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The City's directions and job families, by name, for the choices forms offer. */
@Stateless
@PermitAll
public class ReferenceData {

    @PersistenceContext
    EntityManager em;

    public List<Direction> directions() {
        return em.createQuery("select d from Direction d order by d.name", Direction.class).getResultList();
    }

    public List<JobFamily> jobFamilies() {
        return em.createQuery("select f from JobFamily f order by f.name", JobFamily.class).getResultList();
    }
}

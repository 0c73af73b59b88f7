package fr.stages.directions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.SequenceGenerator;
import java.util.Locale;

/** A family of métiers (CNFPT-style: « Communication », « Espaces verts, paysage et cimetières »…). */
@Entity
@Table(name = "job_family")
public class JobFamily {

    @Id
    @SequenceGenerator(name = "job_family_seq", sequenceName = "job_family_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_family_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    /** Its name on English pages and mails; none: the French one there too. */
    @Column(name = "name_en", length = 200)
    private String englishName;

    protected JobFamily() {
    }

    public JobFamily(String name) {
        this(name, null);
    }

    public JobFamily(String name, String englishName) {
        this.name = name;
        this.englishName = englishName;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** Its name for a reader of that language (French unless an English name is known). */
    public String nameIn(Locale locale) {
        return ReferenceName.of(name, englishName, locale);
    }

    /** "fr" when a reader of that language is shown its French name (none in theirs), else null. */
    public String langIn(Locale locale) {
        return ReferenceName.langOf(englishName, locale);
    }
}

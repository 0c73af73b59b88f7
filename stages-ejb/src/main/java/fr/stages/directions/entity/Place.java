package fr.stages.directions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.math.BigDecimal;
import java.util.Locale;

/** Where an internship takes place, as candidates filter it: an arrondissement (INSEE code) or a city site. */
@Entity
public class Place {

    @Id
    @SequenceGenerator(name = "place_seq", sequenceName = "place_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "place_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    /** Its name on English pages and mails (« 13th arrondissement »); none: the French one there too. */
    @Column(name = "name_en", length = 200)
    private String englishName;

    @Column(name = "postal_code", nullable = false, length = 10)
    private String postalCode;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    protected Place() {
    }

    public Place(String code, String name, String englishName, String postalCode, BigDecimal latitude,
            BigDecimal longitude) {
        this.code = code;
        this.name = name;
        this.englishName = englishName;
        this.postalCode = postalCode;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
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

    public String getPostalCode() {
        return postalCode;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }
}

package fr.stages.directions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;

@Entity
@NamedQuery(name = Direction.ALL, query = "select d from Direction d order by d.name")
@NamedQuery(name = Direction.BY_CODE, query = "select d from Direction d where d.code = :code")
public class Direction {

    public static final String ALL = "Direction.all";
    public static final String BY_CODE = "Direction.byCode";

    @Id
    @SequenceGenerator(name = "direction_seq", sequenceName = "direction_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "direction_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 4000)
    private String presentation;

    /** Who else the direction wants told of each application to its offers (a checked address), or null. */
    @Column(name = "notice_email", length = 254)
    private String noticeEmail;

    protected Direction() {
    }

    public Direction(String code, String name, String presentation) {
        this.code = code;
        this.name = name;
        this.presentation = presentation;
    }

    /** The address that receives, besides each offer's author, a notice of every application; null: nobody. */
    public void designateNoticeAddress(String checkedAddress) {
        this.noticeEmail = checkedAddress;
    }

    public String getNoticeEmail() {
        return noticeEmail;
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

    public String getPresentation() {
        return presentation;
    }
}

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
    public static final int DEFAULT_RESPONSE_DAYS = 15;
    public static final int MAX_RESPONSE_DAYS = 90;

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

    /** After how many days without an answer an application is flagged as late. */
    @Column(name = "response_days", nullable = false)
    private int responseDays = DEFAULT_RESPONSE_DAYS;

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

    /** Applications unanswered after that many days (1 to 90) are flagged to the direction's agents. */
    public void expectAnswersWithin(int days) {
        if (days < 1 || days > MAX_RESPONSE_DAYS) {
            throw new fr.stages.platform.BusinessException("direction.responseDays.range", MAX_RESPONSE_DAYS);
        }
        this.responseDays = days;
    }

    public int getResponseDays() {
        return responseDays;
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

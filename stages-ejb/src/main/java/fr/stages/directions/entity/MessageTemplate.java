package fr.stages.directions.entity;

import fr.stages.platform.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * Words a direction's agents start from when they reject applications or invite to an interview: a name (the
 * reason agents choose in a list) and the same text in French and in English; each candidate reads the text of
 * their language. Agents may still edit the words before sending.
 */
@Entity
@Table(name = "message_template")
@NamedQuery(name = MessageTemplate.OF_DIRECTION, query = """
        select t from MessageTemplate t where t.direction.id = :direction and t.kind = :kind order by t.name, t.id""")
public class MessageTemplate {

    public static final String OF_DIRECTION = "MessageTemplate.ofDirection";
    public static final int NAME_LENGTH = 100;
    public static final int TEXT_LENGTH = 5000;

    @Id
    @SequenceGenerator(name = "message_template_seq", sequenceName = "message_template_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_template_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "direction_id")
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TemplateKind kind;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "text_fr", nullable = false, length = TEXT_LENGTH)
    private String french;

    @Column(name = "text_en", nullable = false, length = TEXT_LENGTH)
    private String english;

    protected MessageTemplate() {
    }

    public MessageTemplate(Direction direction, TemplateKind kind, String name, String french, String english) {
        this.direction = direction;
        this.kind = kind;
        word(name, french, english);
    }

    /** New words; each part is required and fits its column, or nothing changes. */
    public final void word(String name, String french, String english) {
        String title = name == null ? "" : name.replaceAll("\\s+", " ").strip();
        if (title.isEmpty() || title.length() > NAME_LENGTH) {
            throw new BusinessException("template.name.invalid", NAME_LENGTH);
        }
        // both read before either is kept: a refused English text leaves the French one as it was
        String frenchText = text(french, "template.french.invalid");
        String englishText = text(english, "template.english.invalid");
        this.french = frenchText;
        this.english = englishText;
        this.name = title;
    }

    private static String text(String value, String key) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > TEXT_LENGTH) {
            throw new BusinessException(key, TEXT_LENGTH);
        }
        return text;
    }

    /** The text for a candidate writing in that language (French unless English). */
    public String textFor(String language) {
        return "en".equals(language) ? english : french;
    }

    public Long getId() {
        return id;
    }

    public Direction getDirection() {
        return direction;
    }

    public TemplateKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getFrench() {
        return french;
    }

    public String getEnglish() {
        return english;
    }
}

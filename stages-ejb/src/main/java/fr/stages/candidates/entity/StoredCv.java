package fr.stages.candidates.entity;

import fr.stages.applications.entity.Document;
import fr.stages.platform.CityTime;
import fr.stages.platform.SingleLine;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A CV a signed-in candidate keeps in their space under a name of their choosing, to apply with it in one step.
 * Its file is its own (checked like any CV on the way in): an application sent with it gets a copy, so that the
 * candidate may rename or delete it without taking anything away from a service, and erasing the account takes it.
 */
@Entity
@Table(name = "stored_cv")
public class StoredCv {

    /** How many CVs an account keeps at most. */
    public static final int MAX_PER_ACCOUNT = 3;
    public static final int NAME_LENGTH = 60;

    @Id
    @SequenceGenerator(name = "stored_cv_seq", sequenceName = "stored_cv_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stored_cv_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "document_id", nullable = false, unique = true)
    private Document document;

    @Column(name = "stored_at", nullable = false)
    private LocalDateTime storedAt;

    protected StoredCv() {
    }

    /** Call with a name that {@link #nameError(String)} accepts and a document already checked. */
    public StoredCv(long accountId, String name, Document document) {
        this.accountId = accountId;
        this.name = SingleLine.of(name);
        this.document = document;
        this.storedAt = CityTime.now();
    }

    /** The message key of what is wrong with that name, or null when it will do. */
    public static String nameError(String name) {
        if (name == null || SingleLine.of(name).isEmpty()) {
            return "candidate.cv.name.required";
        }
        return SingleLine.of(name).length() > NAME_LENGTH ? "candidate.cv.name.tooLong" : null;
    }

    /** Renamed (a name that {@link #nameError(String)} accepts). */
    public void rename(String name) {
        this.name = SingleLine.of(name);
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public Document getDocument() {
        return document;
    }

    public LocalDateTime getStoredAt() {
        return storedAt;
    }
}

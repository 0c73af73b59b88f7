package fr.stages.applications.entity;

import fr.stages.platform.CityTime;
import jakarta.persistence.Basic;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * A candidate's file (CV or letter), already checked to be a harmless PDF. Kept in the database under a
 * generated id, never in a folder the web server serves; its name is only a label for the agent's download.
 * Never in EclipseLink's shared cache: its hard part keeps the last 100 objects of each class, which for files
 * of up to 5 MB is half a gigabyte of heap (the load test ran the server out of memory that way).
 */
@Entity
@Cacheable(false)
public class Document {

    @Id
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DocumentKind kind;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private int size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Document() {
    }

    public Document(DocumentKind kind, String fileName, byte[] content) {
        this.kind = kind;
        this.fileName = safeName(fileName, kind);
        this.content = content.clone();
        this.size = content.length;
        this.sha256 = sha256(content);
        this.createdAt = CityTime.now();
    }

    /**
     * The name shown to agents: letters, digits, dots, dashes and underscores of the candidate's name, at most
     * 100 characters, always ending in .pdf; never a path, never a header-splitting character.
     */
    static String safeName(String original, DocumentKind kind) {
        String base = original == null ? "" : original.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = Normalizer.normalize(base, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        base = base.replaceAll("(?i)\\.pdf$", "").replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
        if (base.isBlank()) {
            base = kind == DocumentKind.CV ? "cv" : "lettre";
        }
        return (base.length() > 100 ? base.substring(0, 100) : base) + ".pdf";
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public Long getId() {
        return id;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public int getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    /** Whether the stored bytes are still those received (the checksum taken on arrival). */
    public boolean intact() {
        return sha256.equals(sha256(content));
    }

    @Override
    public String toString() {
        return kind + " " + fileName + " (" + size + " o)";
    }
}

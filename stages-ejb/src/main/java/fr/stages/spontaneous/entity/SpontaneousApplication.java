package fr.stages.spontaneous.entity;

import fr.stages.applications.entity.Candidate;
import fr.stages.applications.entity.References;
import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.JobFamily;
import fr.stages.platform.CityTime;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

@Entity
@Table(name = "spontaneous_application")
public class SpontaneousApplication {

    @Id
    @SequenceGenerator(name = "spontaneous_seq", sequenceName = "spontaneous_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "spontaneous_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @Embedded
    private Candidate candidate;

    @Column(name = "wished_start")
    private LocalDate wishedStart;

    @Column(name = "wished_weeks")
    private Integer wishedWeeks;

    @Column(length = 5000)
    private String message;

    /** Empty means "any direction". */
    @ManyToMany
    @JoinTable(name = "spontaneous_direction", joinColumns = @JoinColumn(name = "spontaneous_id"),
            inverseJoinColumns = @JoinColumn(name = "direction_id"))
    private Set<Direction> directions = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "spontaneous_job_family", joinColumns = @JoinColumn(name = "spontaneous_id"),
            inverseJoinColumns = @JoinColumn(name = "job_family_id"))
    private Set<JobFamily> jobFamilies = new HashSet<>();

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    protected SpontaneousApplication() {
    }

    public SpontaneousApplication(Candidate candidate, Set<Direction> directions, Set<JobFamily> jobFamilies,
                                  LocalDate wishedStart, Integer wishedWeeks, String message) {
        this.candidate = Objects.requireNonNull(candidate);
        this.directions.addAll(directions);
        this.jobFamilies.addAll(jobFamilies);
        this.wishedStart = wishedStart;
        this.wishedWeeks = wishedWeeks;
        this.message = message;
        this.reference = References.next("S");
        this.receivedAt = CityTime.now();
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Candidate getCandidate() {
        return candidate;
    }

    public Set<Direction> getDirections() {
        return directions;
    }

    public Set<JobFamily> getJobFamilies() {
        return jobFamilies;
    }

    public LocalDate getWishedStart() {
        return wishedStart;
    }

    public Integer getWishedWeeks() {
        return wishedWeeks;
    }

    public String getMessage() {
        return message;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }
}

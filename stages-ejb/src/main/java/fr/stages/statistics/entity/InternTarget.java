package fr.stages.statistics.entity;

import fr.stages.platform.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** How many interns the city means to host in a school year, as the internship office set it, and who did. */
@Entity
@Table(name = "intern_target")
public class InternTarget {

    public static final int MAX = 100_000;

    /** The year the school year begins in (2026 for 2026-2027). */
    @Id
    @Column(name = "school_year")
    private Integer schoolYear;

    @Column(nullable = false)
    private int interns;

    @Column(name = "set_by", length = 200)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private LocalDateTime setAt;

    protected InternTarget() {
    }

    public InternTarget(int schoolYear) {
        this.schoolYear = schoolYear;
    }

    public void set(int count, String by, LocalDateTime at) {
        if (count < 1 || count > MAX) {
            throw new BusinessException("statistics.target.range", MAX);
        }
        this.interns = count;
        this.setBy = by;
        this.setAt = at;
    }

    public int getSchoolYear() {
        return schoolYear;
    }

    public int getInterns() {
        return interns;
    }

    public String getSetBy() {
        return setBy;
    }

    public LocalDateTime getSetAt() {
        return setAt;
    }
}

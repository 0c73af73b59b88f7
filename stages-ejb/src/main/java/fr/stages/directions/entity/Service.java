package fr.stages.directions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/** A unit inside a direction (a library network, a sub-direction, a park…): where the intern is hosted. */
@Entity
public class Service {

    @Id
    @SequenceGenerator(name = "service_seq", sequenceName = "service_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "direction_id")
    private Direction direction;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 300)
    private String address;

    protected Service() {
    }

    public Service(Direction direction, String name, String address) {
        this.direction = direction;
        this.name = name;
        this.address = address;
    }

    public Long getId() {
        return id;
    }

    public Direction getDirection() {
        return direction;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }
}

package fr.stages.applications.entity;

public enum ApplicationStatus {
    RECEIVED, READ, SHORTLISTED, INVITED, ACCEPTED, REJECTED, WITHDRAWN
}

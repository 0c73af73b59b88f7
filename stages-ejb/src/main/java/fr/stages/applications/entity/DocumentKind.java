package fr.stages.applications.entity;

/** What a candidate's file is. */
public enum DocumentKind {
    CV, LETTER
}

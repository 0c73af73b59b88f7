package fr.stages.directions.entity;

/** What a direction's template words: the text of a rejection, or the message of an interview invitation. */
public enum TemplateKind {
    REJECTION, INVITATION
}

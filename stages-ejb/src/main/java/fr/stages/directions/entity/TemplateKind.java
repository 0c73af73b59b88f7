package fr.stages.directions.entity;

/**
 * What a direction's template words: the text of a rejection, the message of an interview invitation, or the
 * words to the candidates not retained when an offer is closed because it is filled (a rejection too: the
 * rejection forms offer them after the others, the closing form first).
 */
public enum TemplateKind {
    REJECTION, INVITATION, CLOSING
}

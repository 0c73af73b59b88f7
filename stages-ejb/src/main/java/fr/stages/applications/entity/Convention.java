package fr.stages.applications.entity;

/** Whether the candidate's school provides the tripartite internship agreement (convention de stage). */
public enum Convention {
    YES, NO, UNKNOWN
}

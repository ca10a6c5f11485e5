package org.ccmdesk.states;

/**
 * A participant that is not a state: a UN agency, the ICRC, the Cluster Munition
 * Coalition, GICHD, another IO or NGO.
 */
public record Organisation(long id, String name, String acronym, OrganisationKind kind, boolean active) {
}

package org.ccmdesk.states;

/** The kinds of participants that are not states. */
public enum OrganisationKind {

    UN_AGENCY, INTERNATIONAL_ORGANISATION, RED_CROSS_RED_CRESCENT, NON_GOVERNMENTAL_ORGANISATION, OTHER;

    public String messageKey() {
        return "organisationKind." + name();
    }

}

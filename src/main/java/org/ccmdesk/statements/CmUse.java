package org.ccmdesk.statements;

/**
 * A reported use of cluster munitions: the country where it happened, the period and the
 * user when established (null when the source does not state them apart from its
 * description), what was reported and the sources. {@code shipped}: from the reference
 * data.
 */
record CmUse(long id, String countryIso3, String period, String userParty, String description, String sources,
        boolean shipped) {
}

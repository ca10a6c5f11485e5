package org.ccmdesk.statements;

/**
 * A reported use of cluster munitions: the country where it happened, the period and the
 * user when established (null when the source does not state them apart from its
 * description), what was reported and the sources. {@code shipped}: from the reference
 * data. {@code episodes}: when it happened, as far as the source says (empty when not
 * recorded).
 */
record CmUse(long id, String countryIso3, String period, String userParty, String description, String sources,
        boolean shipped, java.util.List<UseEpisode> episodes) {

    /** The period in words (see {@link UseEpisode#describe}). */
    public String periodIn(java.util.Locale locale, String continuing, String untilPattern) {
        return UseEpisode.describe(period, episodes, locale, continuing, untilPattern);
    }

    CmUse withEpisodes(java.util.Map<Long, java.util.List<UseEpisode>> byUse) {
        return new CmUse(id, countryIso3, period, userParty, description, sources, shipped,
                byUse.getOrDefault(id, java.util.List.of()));
    }
}

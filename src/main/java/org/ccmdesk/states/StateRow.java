package org.ccmdesk.states;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * One state as stored, with its current treaty events and their sources, every name it
 * has had ({@code dated}) and how it is written to in Geneva.
 */
record StateRow(String iso3, Map<String, String> names, String officialNameEn, String unStatus, String unRegionalGroup,
        String region, String subRegion, TreatyRecord treaty, Map<String, String> sources, StateNames dated,
        Mission mission) {

    /** A state known by its current names only. */
    StateRow(String iso3, Map<String, String> names, String officialNameEn, String unStatus, String unRegionalGroup,
            String region, String subRegion, TreatyRecord treaty, Map<String, String> sources) {
        this(iso3, names, officialNameEn, unStatus, unRegionalGroup, region, subRegion, treaty, sources,
                StateNames.current(names, officialNameEn), Mission.PERMANENT);
    }

    /**
     * The current name in the page's language (Arabic, Chinese, English, French, Russian,
     * Spanish), else English.
     */
    String name(Locale locale) {
        String name = names.get(locale.getLanguage());
        return name == null || name.isBlank() ? names.get("en") : name;
    }

    /** The name in use on {@code date} in the page's language, with its fallbacks. */
    StateName nameOn(LocalDate date, Locale locale) {
        StateName name = dated.on(date, locale.getLanguage());
        return name != null ? name : new StateName("en", name(locale), officialNameEn, null, null, null, null);
    }

}

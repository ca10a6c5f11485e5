package org.ccmdesk.states;

import java.util.Locale;
import java.util.Map;

/** One state as stored, with its current treaty events and their sources. */
record StateRow(String iso3, Map<String, String> names, String officialNameEn, String unStatus, String unRegionalGroup,
        String region, String subRegion, TreatyRecord treaty, Map<String, String> sources) {

    /**
     * The name in the page's language (Arabic, Chinese, English, French, Russian,
     * Spanish), else English.
     */
    String name(Locale locale) {
        String name = names.get(locale.getLanguage());
        return name == null || name.isBlank() ? names.get("en") : name;
    }
}

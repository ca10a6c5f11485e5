package org.ccmdesk.states;

/**
 * A fact about contamination, stockpiles or use of cluster munitions in a state or area,
 * as worded by its source (e.g. topic {@code cm_contaminated_2014}, value yes - heavily
 * affected).
 */
record AreaFact(String topic, String value, String source) {
}

package org.ccmdesk.states;

/**
 * World Bank analytical income group of a state for one fiscal year (e.g. FY14), with its
 * source.
 */
public record StateIncome(String fiscalYear, String incomeGroup, String source) {
}

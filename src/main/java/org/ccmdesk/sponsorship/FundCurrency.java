package org.ccmdesk.sponsorship;

/** The currencies in which donors contribute; the programme keeps its accounts in CHF. */
public enum FundCurrency {

    CHF, USD, EUR

}

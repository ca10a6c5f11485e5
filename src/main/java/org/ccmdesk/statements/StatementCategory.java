package org.ccmdesk.statements;

/** What a statement is about, as the memo asks states to come prepared to speak. */
public enum StatementCategory {

    RATIFICATION_PROGRESS, ARTICLE_21_EFFORTS, CONDEMNATION_OF_USE, ANNOUNCEMENT_OF_RATIFICATION, ACTION_PLAN_PROGRESS,
    REQUEST_FOR_ASSISTANCE, GENERAL;

    public String messageKey() {
        return "statementCategory." + name();
    }

}

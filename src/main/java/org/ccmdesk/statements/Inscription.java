package org.ccmdesk.statements;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A request to speak: the agenda item, the delegation ({@code FRA} or {@code org-12}),
 * who speaks, the speech type and the statement's category. The form of the pages and the
 * body of {@code POST /api/meetings/{id}/speakers}.
 */
record Inscription(@NotNull Long item, @NotBlank @Size(max = 20) String party,
        @NotBlank @Size(max = 200) String speaker, @NotNull SpeechType speechType, StatementCategory category,
        Boolean groupStatement) {

    static Inscription empty(Long item, String party) {
        return new Inscription(item, party, null, SpeechType.STATEMENT, StatementCategory.GENERAL, false);
    }

    boolean isGroupStatement() {
        return Boolean.TRUE.equals(groupStatement);
    }

}

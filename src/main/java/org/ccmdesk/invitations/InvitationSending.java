package org.ccmdesk.invitations;

import java.time.LocalDate;
import java.util.Map;

import org.ccmdesk.system.AuditedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording that an invitation went, the one way for "mark sent" by hand and for sending
 * by e-mail: a compare-and-set from the status it was read in, audited only when written.
 */
@Component
class InvitationSending {

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    InvitationSending(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Marks {@code invitation} sent on {@code sentOn}; answers false, writing nothing,
     * when it is no longer in the status it was read in. Refuses (with its status) one
     * that may not be sent.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean recordSent(Invitation invitation, LocalDate sentOn, String reason) {
        InvitationStatus next = invitation.status().send();
        int updated = jdbc
            .sql("update invitation set status = :next, sent_on = :sentOn where id = :id and status = :expected")
            .param("next", next.name())
            .param("sentOn", sentOn)
            .param("id", invitation.id())
            .param("expected", invitation.status().name())
            .update();
        if (updated == 0) {
            return false;
        }
        events.publishEvent(AuditedChange.of("invitation", invitation.id(), "SEND",
                Map.of("status", invitation.status().name()), Map.of("status", next.name(), "sentOn", sentOn), reason));
        return true;
    }

}

package org.ccmdesk.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.servlet.http.HttpServletRequest;

import org.ccmdesk.system.AuditedChange;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes every {@link AuditedChange} to the audit log, in the transaction of the change
 * itself (a change outside a transaction is refused), with who made it and from which
 * address. There is no update or delete of audit entries anywhere in the application.
 */
@Component
class AuditTrail {

    static final String SYSTEM = "system";
    static final String ANONYMOUS = "anonymous";

    private final JdbcClient jdbc;

    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AuditedChange change) {
        write(currentActor(), change);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void write(String actor, AuditedChange change) {
        jdbc.sql("""
                insert into audit_entry (occurred_at, actor, client_address, entity_type, entity_id, action, old_value,
                                         new_value, reason)
                values (:at, :actor, :address, :type, :id, :action, :old, :new, :reason)""")
            .param("at", OffsetDateTime.now(clock))
            .param("actor", truncate(actor, 254))
            .param("address", clientAddress())
            .param("type", change.entityType())
            .param("id", truncate(change.entityId(), 100))
            .param("action", change.action())
            .param("old", change.oldValue())
            .param("new", change.newValue())
            .param("reason", truncate(change.reason(), 1000))
            .update();
    }

    static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return RequestContextHolder.getRequestAttributes() == null ? SYSTEM : ANONYMOUS;
        }
        return authentication.getName();
    }

    static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return ClientAddress.shown(request.getRemoteAddr());
        }
        return null;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

}

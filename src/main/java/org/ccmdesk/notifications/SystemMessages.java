package org.ccmdesk.notifications;

import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Messages about CCM Desk itself: the test message the secretariat asks for. */
@Component
class SystemMessages {

    private final MailQueue queue;

    SystemMessages(MailQueue queue) {
        this.queue = queue;
    }

    @ApplicationModuleListener
    void on(MailTestRequested request) {
        Recipient to = Recipient.of(request.email(), request.name(), request.language(), null);
        queue.enqueue(new OutgoingMessage("mail-test:" + request.requestId(), "test", Topic.SYSTEM, to, Map.of()));
    }

}

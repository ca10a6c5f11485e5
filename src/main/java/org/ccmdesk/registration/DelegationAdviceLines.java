package org.ccmdesk.registration;

import java.util.List;
import java.util.Locale;

import org.ccmdesk.states.Party;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delegation advice of a meeting for one delegation, for modules that only read (the
 * briefing memos): each item of the check list (its message key) and whether the
 * delegation's registrations already cover it.
 */
@Service
public class DelegationAdviceLines {

    private final DelegationAdvisor advisor;

    DelegationAdviceLines(DelegationAdvisor advisor) {
        this.advisor = advisor;
    }

    public record Line(String messageKey, boolean present) {
    }

    @Transactional(readOnly = true)
    public List<Line> of(long meetingId, Party delegation) {
        DelegationAdvice advice = advisor.adviceFor(meetingId, delegation, Locale.ENGLISH);
        return advice.items().stream().map(i -> new Line(i.messageKey(), advice.has(i))).toList();
    }

}

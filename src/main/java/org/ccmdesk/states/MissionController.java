package org.ccmdesk.states;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.AuditedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat records how a state is written to in Geneva (mission kind and, without
 * a mission there, the ministry's address); audited. A shipped value recorded again this
 * way is no longer replaced by a data release.
 */
@Controller
class MissionController {

    private final TreatyStatusService treaty;

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    private final java.time.Clock clock;

    MissionController(TreatyStatusService treaty, JdbcClient jdbc, ApplicationEventPublisher events,
            java.time.Clock clock) {
        this.treaty = treaty;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @PostMapping("/states/{iso3}/mission")
    @Transactional
    String record(@PathVariable String iso3, @Valid @ModelAttribute MissionForm missionForm, BindingResult errors,
            Locale locale, RedirectAttributes redirect) {
        ActingUser user = ActingUser.current()
            .filter(ActingUser::isSecretariat)
            .orElseThrow(() -> new AccessDeniedException("only the secretariat records missions"));
        StateDetail state = treaty.detailOf(iso3, treaty.today(), locale)
            .orElseThrow(() -> new UnknownStateException(iso3));
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("notice", "mission.invalid");
            return "redirect:/states/" + state.iso3();
        }
        String address = missionForm.address() == null || missionForm.address().isBlank() ? null
                : missionForm.address().trim();
        String source = "recorded by " + user.email() + " on " + OffsetDateTime.now(clock).toLocalDate();
        jdbc.sql("update state set mission_kind = :kind, mission_address = :address, mission_source = :source"
                + " where iso3 = :iso3")
            .param("kind", missionForm.missionKind().name())
            .param("address", address)
            .param("source", source)
            .param("iso3", state.iso3())
            .update();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("kind", state.mission().kind().name());
        before.put("address", state.mission().address() == null ? "" : state.mission().address());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", missionForm.missionKind().name());
        after.put("address", address == null ? "" : address);
        events.publishEvent(AuditedChange.of("state_mission", state.iso3(), "UPDATE", before, after, null));
        redirect.addFlashAttribute("notice", "mission.saved");
        return "redirect:/states/" + state.iso3();
    }

}

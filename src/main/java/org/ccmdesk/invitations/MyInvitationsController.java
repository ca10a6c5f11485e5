package org.ccmdesk.invitations;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.StatusConflict;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A focal point's view: the invitations to its state, to acknowledge or decline. */
@Controller
class MyInvitationsController {

    private final InvitationService invitations;

    private final InvitationRecorder recorder;

    MyInvitationsController(InvitationService invitations, InvitationRecorder recorder) {
        this.invitations = invitations;
        this.recorder = recorder;
    }

    @GetMapping("/my/invitations")
    String mine(Locale locale, Model model) {
        ActingUser user = ActingUser.current().orElseThrow();
        // the secretariat sees every invitation on the meetings' pages, not here
        List<String> states = user.isSecretariat() ? List.of()
                : invitations.allStateCodes().stream().filter(user::canActForState).toList();
        List<InviteeView> mine = invitations.forStates(states, locale);
        model.addAttribute("invitations", mine);
        model.addAttribute("meetings",
                mine.stream()
                    .map(v -> v.invitation().meetingId())
                    .distinct()
                    .collect(Collectors.toMap(Function.identity(), invitations::meeting)));
        return "invitations/mine";
    }

    @PostMapping("/invitations/{id}/acknowledge")
    String acknowledge(@PathVariable long id, RedirectAttributes redirect) {
        return answer(id, InvitationStatus.ACKNOWLEDGED, "invitation.acknowledged", redirect);
    }

    @PostMapping("/invitations/{id}/decline")
    String decline(@PathVariable long id, RedirectAttributes redirect) {
        return answer(id, InvitationStatus.DECLINED, "invitation.declined", redirect);
    }

    /** The first answer stands: a second one, or one at the same moment, is told so. */
    private String answer(long id, InvitationStatus answer, String notice, RedirectAttributes redirect) {
        try {
            recorder.answer(id, answer);
            redirect.addFlashAttribute("notice", notice);
        }
        catch (StatusConflict refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/my/invitations";
    }

}

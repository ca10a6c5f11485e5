package org.ccmdesk.notifications;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.ccmdesk.system.ActingUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's choice of messages: which optional topics they receive at their
 * address, and whether obligation reminders come one by one or as a weekly digest.
 * Account and system messages are listed as always sent.
 */
@Controller
class MessageChoicesController {

    static final String PATH = "/account/messages";

    private final MailChoices choices;

    MessageChoicesController(MailChoices choices) {
        this.choices = choices;
    }

    @GetMapping(PATH)
    String show(Model model) {
        String email = currentEmail();
        model.addAttribute("email", email);
        model.addAttribute("stopped", choices.stopped(email));
        model.addAttribute("digest", choices.wantsDigest(email));
        model.addAttribute("optionalTopics", optionalTopics());
        return "account/messages";
    }

    @PostMapping(PATH)
    ModelAndView save(@ModelAttribute MessageChoicesForm form, BindingResult errors, RedirectAttributes redirect) {
        String email = currentEmail();
        if (errors.hasErrors()) {
            // only a hand-made request sends a topic the page does not offer
            ModelAndView view = new ModelAndView("error");
            view.setStatus(HttpStatus.BAD_REQUEST);
            view.addObject("status", HttpStatus.BAD_REQUEST.value());
            view.addObject("forbiddenReason", "mailChoices.invalid");
            return view;
        }
        Set<Topic> stopped = form.stopped();
        for (Topic topic : optionalTopics()) {
            if (stopped.contains(topic)) {
                choices.stop(email, topic, MailChoices.StoppedBy.PAGE);
            }
            else {
                choices.resume(email, topic);
            }
        }
        choices.chooseDigest(email, form.weeklyDigest());
        redirect.addFlashAttribute("notice", "mailChoices.saved");
        return new ModelAndView("redirect:" + PATH);
    }

    private static List<Topic> optionalTopics() {
        return Arrays.stream(Topic.values()).filter(Topic::optional).toList();
    }

    private static String currentEmail() {
        return ActingUser.current().orElseThrow().email();
    }

}

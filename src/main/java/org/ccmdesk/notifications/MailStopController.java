package org.ccmdesk.notifications;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The stop link of a message, without signing in: the page says what will stop, to which
 * address, and has one button; the POST stops it (from that button, or from a mail
 * client's one-click, see {@link OneClickStopSecurity}). A link that was changed or cut
 * is refused with a 400 that says so.
 */
@Controller
class MailStopController {

    private final MailPreferences preferences;

    private final MailChoices choices;

    MailStopController(MailPreferences preferences, MailChoices choices) {
        this.preferences = preferences;
        this.choices = choices;
    }

    @GetMapping(MailPreferences.STOP_PATH)
    ModelAndView confirm(@RequestParam(required = false) String token) {
        Optional<StopToken> request = preferences.read(token);
        if (request.isEmpty()) {
            return refused();
        }
        ModelAndView view = page(request.get(), token);
        view.addObject("stopped", choices.isStopped(request.get().email(), request.get().topic()));
        view.addObject("done", false);
        return view;
    }

    @PostMapping(MailPreferences.STOP_PATH)
    ModelAndView stop(@RequestParam(required = false) String token) {
        Optional<StopToken> request = preferences.read(token);
        if (request.isEmpty()) {
            return refused();
        }
        choices.stop(request.get().email(), request.get().topic(), MailChoices.StoppedBy.LINK);
        ModelAndView view = page(request.get(), token);
        view.addObject("stopped", true);
        view.addObject("done", true);
        return view;
    }

    private static ModelAndView page(StopToken request, String token) {
        ModelAndView view = new ModelAndView("account/mail-stop");
        view.addObject("email", request.email());
        view.addObject("topic", request.topic());
        view.addObject("token", token);
        return view;
    }

    private static ModelAndView refused() {
        ModelAndView view = new ModelAndView("error");
        view.setStatus(HttpStatus.BAD_REQUEST);
        view.addObject("status", HttpStatus.BAD_REQUEST.value());
        view.addObject("forbiddenReason", "mailStop.invalid");
        return view;
    }

}

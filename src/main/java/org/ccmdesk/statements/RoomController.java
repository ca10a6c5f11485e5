package org.ccmdesk.statements;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The room view for the screen in the room (public, large print): the current speaker
 * with the countdown and the next five. The page asks for {@code room/now} every second
 * (htmx); everything comes from the database and the clock, so any instance answers the
 * same.
 */
@Controller
class RoomController {

    private final SpeakersViews views;

    RoomController(SpeakersViews views) {
        this.views = views;
    }

    @GetMapping("/meetings/{id}/room")
    String room(@PathVariable long id, @RequestParam(required = false) Long item, Locale locale, Model model) {
        model.addAttribute("view", views.view(id, item, locale));
        model.addAttribute("followItem", item);
        return "statements/room";
    }

    @GetMapping("/meetings/{id}/room/now")
    String now(@PathVariable long id, @RequestParam(required = false) Long item, Locale locale, Model model) {
        model.addAttribute("view", views.view(id, item, locale));
        model.addAttribute("followItem", item);
        return "statements/room :: now";
    }

}

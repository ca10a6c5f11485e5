package org.ccmdesk.statements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.registration.DelegationMembers;
import org.ccmdesk.states.Party;
import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.FormSubmission;
import org.ccmdesk.system.StatusConflict;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public rolling list of a meeting's item, with what has been said so far (the
 * published statements of the item), and the inscription form for focal points and the
 * secretariat.
 */
@Controller
class SpeakersController {

    private final SpeakersViews views;

    private final SpeakersLists lists;

    private final Statements statements;

    private final PartyNames names;

    private final DelegationMembers members;

    SpeakersController(SpeakersViews views, SpeakersLists lists, Statements statements, PartyNames names,
            DelegationMembers members) {
        this.views = views;
        this.lists = lists;
        this.statements = statements;
        this.names = names;
        this.members = members;
    }

    @GetMapping("/meetings/{id}/speakers")
    String list(@PathVariable long id, @RequestParam(required = false) Long item, Locale locale, Model model) {
        SpeakersViews.ListView view = views.view(id, item, locale);
        model.addAttribute("view", view);
        if (view.item() != null) {
            model.addAttribute("said", statements.published(id, view.item().id(), locale));
            if (!model.containsAttribute("inscription")) {
                model.addAttribute("inscription", Inscription.empty(view.item().id(), defaultParty()));
            }
        }
        model.addAttribute("speechTypes", SpeechType.values());
        model.addAttribute("categories", StatementCategory.values());
        ActingUser.current().ifPresent(user -> {
            model.addAttribute("parties", partiesFor(user, view.meeting().firstDay(), locale));
            model.addAttribute("members", membersOf(user, id));
        });
        return "statements/speakers";
    }

    @PostMapping("/meetings/{id}/speakers")
    ModelAndView inscribe(@PathVariable long id, @Valid @ModelAttribute("inscription") Inscription form,
            BindingResult errors, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            if (FormSubmission.run(errors, () -> lists.inscribe(id, form))) {
                redirect.addFlashAttribute("notice", "speakers.inscribed");
                return new ModelAndView("redirect:/meetings/" + id + "/speakers?item=" + form.item());
            }
        }
        catch (StatusConflict already) {
            errors.reject(already.messageKey());
        }
        catch (InscriptionRefused refused) {
            errors.reject(refused.messageKey());
        }
        ModelAndView page = new ModelAndView(list(id, form.item(), locale, model), model.asMap());
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    private static String defaultParty() {
        return ActingUser.current()
            .filter(CcmUser.class::isInstance)
            .map(CcmUser.class::cast)
            .filter(u -> !u.isSecretariat())
            .map(u -> u.states().isEmpty()
                    ? (u.organisations().isEmpty() ? null
                            : Party.organisation(u.organisations().iterator().next()).key())
                    : u.states().iterator().next())
            .orElse(null);
    }

    /**
     * The delegations the user may inscribe: their own, or every one for the secretariat.
     */
    private Map<String, String> partiesFor(ActingUser user, java.time.LocalDate date, Locale locale) {
        Map<String, String> all = names.all(date, locale);
        Map<String, String> parties = new LinkedHashMap<>();
        all.entrySet()
            .stream()
            .filter(e -> user.isSecretariat() || Party.parse(e.getKey())
                .map(p -> p.isState() ? user.canActForState(p.iso3()) : user.canActForOrganisation(p.organisationId()))
                .orElse(false))
            .sorted(Map.Entry.comparingByValue())
            .forEach(e -> parties.put(e.getKey(), e.getValue()));
        return parties;
    }

    /** Approved members of the user's own delegations, offered as speakers. */
    private List<String> membersOf(ActingUser user, long meetingId) {
        List<String> names = new ArrayList<>();
        if (user instanceof CcmUser account && !account.isSecretariat()) {
            account.states().forEach(iso3 -> names.addAll(members.approvedNames(meetingId, Party.state(iso3))));
            account.organisations()
                .forEach(org -> names.addAll(members.approvedNames(meetingId, Party.organisation(org))));
        }
        return names;
    }

}

package org.ccmdesk.obligations;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.ccmdesk.system.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat reads the catalogue of rules and adds rules to it (admin pages). */
@Controller
class RuleAdminController {

    private static final String FORM = "admin/obligation-rule-form";

    /** One line of the list: the deadline already in words, in the page language. */
    record RuleRow(String id, String title, Theme theme, String deadline, boolean shipped,
            java.time.LocalDate recordsCompleteFrom) {
    }

    private final ObligationService obligations;

    private final RuleCatalogue catalogue;

    private final MessageSource messages;

    RuleAdminController(ObligationService obligations, RuleCatalogue catalogue, MessageSource messages) {
        this.obligations = obligations;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping("/admin/obligation-rules")
    String list(Locale locale, Model model) {
        List<RuleRow> rows = obligations.rules()
            .stream()
            .map(r -> new RuleRow(r.id(), r.title(locale), r.theme(), deadline(r, locale), r.shipped(),
                    r.recordsCompleteFrom()))
            .toList();
        model.addAttribute("rules", rows);
        return "admin/obligation-rules";
    }

    /**
     * From which date the records of one rule are complete (an empty date clears it); the
     * same date for every rule with {@code id} "all".
     */
    @PostMapping("/admin/obligation-rules/{id}/records-complete-from")
    String recordsCompleteFrom(@org.springframework.web.bind.annotation.PathVariable String id,
            @org.springframework.web.bind.annotation.RequestParam(
                    required = false) @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate completeFrom,
            RedirectAttributes redirect) {
        if ("all".equals(id)) {
            obligations.rules().forEach(r -> catalogue.setRecordsCompleteFrom(r.id(), completeFrom));
        }
        else if (!catalogue.setRecordsCompleteFrom(id, completeFrom)) {
            throw new org.ccmdesk.system.NotFoundException("rule.notFound", id);
        }
        redirect.addFlashAttribute("notice", "rule.recordsCompleteSaved");
        return "redirect:/admin/obligation-rules";
    }

    @GetMapping("/admin/obligation-rules/new")
    String initCreationForm(Locale locale, Model model) {
        model.addAttribute("ruleForm", RuleForm.empty());
        return form(locale, model);
    }

    @PostMapping("/admin/obligation-rules/new")
    String processCreationForm(@Valid @ModelAttribute RuleForm ruleForm, BindingResult errors, Locale locale,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                catalogue.add(ruleForm);
                redirect.addFlashAttribute("notice", "rule.added");
                return "redirect:/admin/obligation-rules";
            }
            catch (RuleViolation violation) {
                errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
            }
        }
        return form(locale, model);
    }

    private static String form(Locale locale, Model model) {
        model.addAttribute("themes", Theme.values());
        model.addAttribute("appliesTo", AppliesTo.values());
        model.addAttribute("deadlineKinds", DeadlineKind.values());
        Map<Integer, String> months = new LinkedHashMap<>();
        for (Month month : Month.values()) {
            months.put(month.getValue(), month.getDisplayName(TextStyle.FULL_STANDALONE, locale));
        }
        model.addAttribute("months", months);
        return FORM;
    }

    private String deadline(ObligationRule rule, Locale locale) {
        Object[] args = switch (rule.deadlineKind()) {
            case DAYS_AFTER_EIF, MONTHS_AFTER_EIF, YEARS_AFTER_EIF -> new Object[] { rule.amount() };
            case YEARLY_DATE -> new Object[] { rule.yearlyDay(),
                    Month.of(rule.yearlyMonth()).getDisplayName(TextStyle.FULL_STANDALONE, locale) };
            case NONE -> new Object[0];
        };
        return messages.getMessage("ruleAdmin.deadline." + rule.deadlineKind().name(), args, locale);
    }

}

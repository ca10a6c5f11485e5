package org.ccmdesk.registration;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ccmdesk.states.Party;
import org.ccmdesk.system.InputText;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A participant profile as the person or their focal point fills it in;
 * {@code publicSurvivorRole}: show the role of survivor on the public list (off unless
 * ticked).
 */
record ProfileForm(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 200) String givenNames,
        @NotBlank @Size(max = 200) String familyName, @Size(max = 200) String badgeName, @Size(max = 60) String title,
        @NotBlank @Size(max = 300) String jobFunction,
        @NotBlank @Pattern(regexp = "[A-Z]{3}|org-[0-9]{1,12}") String delegation,
        @Size(max = 40) @Pattern(regexp = "^$|^[+0-9 ()./-]{4,40}$") String phone,
        @Pattern(regexp = "^$|^[A-Z]{3}$") String nationality, Gender gender, Boolean needsWheelchair,
        Boolean needsSignLanguage, Boolean needsLargePrint, Boolean needsAssistant, @Size(max = 500) String needsOther,
        @Size(max = 40) @Pattern(regexp = "^$|^[A-Za-z0-9]{4,40}$") String passportNumber,
        @Pattern(regexp = "^$|^[A-Z]{3}$") String passportIssuer,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate passportExpiry,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate, @Size(max = 200) String birthPlace,
        @Pattern(regexp = "^$|^(en|fr|es)$") String language, Boolean publicSurvivorRole) {

    /**
     * The languages a person may read messages in: the Convention's working languages.
     */
    static final List<String> LANGUAGES = java.util.List.of("en", "fr", "es");

    /** {@code participant.badge_name varchar(200)}. */
    static final int BADGE_NAME_COLUMN = 200;

    /**
     * A new profile, its messages in {@code language} (the page's) until the person
     * chooses.
     */
    static ProfileForm empty(String email, String delegation, String language) {
        return new ProfileForm(email, null, null, null, null, null, delegation, null, null, null, false, false, false,
                false, null, null, null, null, null, null, languageOr(language, "en"), false);
    }

    static ProfileForm of(Participant p) {
        return new ProfileForm(p.email(), p.givenNames(), p.familyName(), p.badgeName(), p.title(), p.jobFunction(),
                p.delegation().key(), p.phone(), p.nationality(), p.gender(), p.needsWheelchair(),
                p.needsSignLanguage(), p.needsLargePrint(), p.needsAssistant(), p.needsOther(), p.passportNumber(),
                p.passportIssuer(), p.passportExpiry(), p.birthDate(), p.birthPlace(), p.language(),
                p.publicSurvivorRole());
    }

    /** {@code language} if it is one of {@link #LANGUAGES}, else {@code otherwise}. */
    static String languageOr(String language, String otherwise) {
        return language != null && LANGUAGES.contains(language) ? language : otherwise;
    }

    /** An unticked box may arrive as nothing at all. */
    static boolean ticked(Boolean box) {
        return Boolean.TRUE.equals(box);
    }

    Party chosenDelegation() {
        return Party.parse(delegation)
            .orElseThrow(() -> new org.ccmdesk.system.RuleViolation("delegation", "participant.delegationUnknown"));
    }

    /**
     * The name for the badge: as given, else given names and family name, cut to the
     * badge column (two long names together do not fit it).
     */
    String badgeNameOrDefault() {
        return badgeName == null || badgeName.isBlank()
                ? InputText.cut(givenNames.trim() + " " + familyName.trim(), BADGE_NAME_COLUMN).trim()
                : badgeName.trim();
    }
}

package org.ccmdesk.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ccmdesk.system.EmailAddresses;
import org.ccmdesk.states.Party;
import org.ccmdesk.states.PartyDirectory;
import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.GeneratedId;
import org.ccmdesk.system.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing participant profiles. A person edits their own (its e-mail is
 * their account's); a focal point the profiles of the delegations they act for; the
 * secretariat any. The audit log records who changed a profile, never its passport
 * details.
 */
@Service
@Transactional
class ParticipantProfiles {

    private final JdbcClient jdbc;

    private final RegistrationQueries queries;

    private final PartyDirectory parties;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final RegistrationNews news;

    ParticipantProfiles(JdbcClient jdbc, RegistrationQueries queries, PartyDirectory parties,
            ApplicationEventPublisher events, Clock clock, RegistrationNews news) {
        this.news = news;
        this.jdbc = jdbc;
        this.queries = queries;
        this.parties = parties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Saves a new profile ({@code participantId} null) or changes one, and answers its
     * id.
     */
    long save(Long participantId, ProfileForm form) {
        ActingUser user = RegistrationAccess.user();
        Party delegation = form.chosenDelegation();
        checkKnown(delegation);
        String email = EmailAddresses.normal(form.email());
        boolean own = email.equals(EmailAddresses.normal(user.email()));
        if (!own && !RegistrationAccess.canActFor(user, delegation)) {
            throw new AccessDeniedException("profile for " + delegation.key());
        }
        if (form.birthDate() != null && form.birthDate().isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("birthDate", "participant.birthDateFuture");
        }
        checkState("nationality", form.nationality());
        checkState("passportIssuer", form.passportIssuer());
        Map<String, Object> params = params(form, delegation, email);
        try {
            return participantId == null ? insert(params, user) : update(participantId, params, user);
        }
        catch (DuplicateKeyException e) {
            throw new RuleViolation("email", "participant.emailTaken");
        }
    }

    private long insert(Map<String, Object> params, ActingUser user) {
        if (queries.participantByEmail((String) params.get("email")).isPresent()) {
            throw new RuleViolation("email", "participant.emailTaken");
        }
        params.put("by", user.email());
        long id = GeneratedId.insert(jdbc
            .sql("""
                    insert into participant (email, given_names, family_name, badge_name, title, job_function, state_iso3,
                           organisation_id, phone, nationality, gender, needs_wheelchair, needs_sign_language, needs_large_print,
                           needs_assistant, needs_other, passport_number, passport_issuer, passport_expiry, birth_date, birth_place,
                           language, public_survivor_role, created_by, created_at, updated_at)
                    values (:email, :givenNames, :familyName, :badgeName, :title, :jobFunction, :iso3, :organisation, :phone,
                            :nationality, :gender, :wheelchair, :signLanguage, :largePrint, :assistant, :other, :passport,
                            :issuer, :expiry, :birthDate, :birthPlace, :language, :survivorRole, :by, :now, :now)""")
            .params(params));
        events.publishEvent(AuditedChange.of("participant", id, "CREATE", null, audit(params), null));
        return id;
    }

    private long update(long id, Map<String, Object> params, ActingUser user) {
        Participant before = queries.participant(id)
            .orElseThrow(() -> new org.ccmdesk.system.NotFoundException("participant.notFound", id));
        if (!RegistrationAccess.canSee(user, before, before.delegation())) {
            throw new AccessDeniedException("participant " + id);
        }
        params.put("id", id);
        jdbc.sql(
                """
                        update participant set email = :email, given_names = :givenNames, family_name = :familyName,
                               badge_name = :badgeName, title = :title, job_function = :jobFunction, state_iso3 = :iso3,
                               organisation_id = :organisation, phone = :phone, nationality = :nationality, gender = :gender,
                               needs_wheelchair = :wheelchair, needs_sign_language = :signLanguage, needs_large_print = :largePrint,
                               needs_assistant = :assistant, needs_other = :other, passport_number = :passport,
                               passport_issuer = :issuer, passport_expiry = :expiry, birth_date = :birthDate, birth_place = :birthPlace,
                               language = :language, public_survivor_role = :survivorRole, passport_deleted_on = null, updated_at = :now
                         where id = :id""")
            .params(params)
            .update();
        Map<String, Object> old = new LinkedHashMap<>();
        old.put("email", before.email());
        old.put("name", before.passportName());
        old.put("delegation", before.delegation().key());
        events.publishEvent(AuditedChange.of("participant", id, "UPDATE", old, audit(params), null));
        if (!before.hasPassport() && params.get("passport") != null) {
            // an approved registration waited only for these details to have its visa
            // letter
            news.passportAdded(queries.participant(id).orElseThrow());
        }
        return id;
    }

    private void checkKnown(Party delegation) {
        if (!parties.exists(delegation)) {
            throw new RuleViolation("delegation", "participant.delegationUnknown");
        }
    }

    private void checkState(String field, String iso3) {
        if (iso3 != null && !iso3.isBlank()
                && !Party.parse(iso3).filter(Party::isState).map(parties::exists).orElse(false)) {
            throw new RuleViolation(field, "participant.stateUnknown", iso3);
        }
    }

    private Map<String, Object> params(ProfileForm form, Party delegation, String email) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("email", email);
        params.put("givenNames", form.givenNames().trim());
        params.put("familyName", form.familyName().trim());
        params.put("badgeName", form.badgeNameOrDefault());
        params.put("title", blankToNull(form.title()));
        params.put("jobFunction", form.jobFunction().trim());
        params.put("iso3", delegation.iso3());
        params.put("organisation", delegation.organisationId());
        params.put("phone", blankToNull(form.phone()));
        params.put("nationality", blankToNull(form.nationality()));
        params.put("gender", form.gender() == null ? null : form.gender().name());
        params.put("wheelchair", ProfileForm.ticked(form.needsWheelchair()));
        params.put("signLanguage", ProfileForm.ticked(form.needsSignLanguage()));
        params.put("largePrint", ProfileForm.ticked(form.needsLargePrint()));
        params.put("assistant", ProfileForm.ticked(form.needsAssistant()));
        params.put("other", blankToNull(form.needsOther()));
        params.put("passport", blankToNull(form.passportNumber()));
        params.put("issuer", blankToNull(form.passportIssuer()));
        params.put("expiry", form.passportExpiry());
        params.put("birthDate", form.birthDate());
        params.put("birthPlace", blankToNull(form.birthPlace()));
        params.put("language", ProfileForm.languageOr(form.language(), "en"));
        params.put("survivorRole", ProfileForm.ticked(form.publicSurvivorRole()));
        params.put("now", OffsetDateTime.now(clock));
        return params;
    }

    /**
     * What the audit log keeps of a profile: who it is and whom they represent; no
     * passport, no contact details.
     */
    private static Map<String, Object> audit(Map<String, Object> params) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("email", params.get("email"));
        values.put("name", params.get("givenNames") + " " + params.get("familyName"));
        values.put("delegation", params.get("iso3") != null ? params.get("iso3") : "org-" + params.get("organisation"));
        return values;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

}

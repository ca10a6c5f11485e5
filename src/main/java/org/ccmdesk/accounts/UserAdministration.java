package org.ccmdesk.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ccmdesk.states.OrganisationDirectory;
import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the secretariat does with users, and what a user does with their own password.
 * Every change is audited.
 */
@Service
@Transactional
class UserAdministration {

    private final UserAccounts users;

    private final PasswordPolicy policy;

    private final PasswordEncoder encoder;

    private final PasswordResets resets;

    private final OrganisationDirectory organisations;

    private final TreatyStatusService states;

    private final FindByIndexNameSessionRepository<?> sessions;

    private final ApiTokens tokens;

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    UserAdministration(UserAccounts users, PasswordPolicy policy, PasswordEncoder encoder, PasswordResets resets,
            OrganisationDirectory organisations, TreatyStatusService states,
            FindByIndexNameSessionRepository<?> sessions, ApiTokens tokens, JdbcClient jdbc,
            ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.policy = policy;
        this.encoder = encoder;
        this.resets = resets;
        this.organisations = organisations;
        this.states = states;
        this.sessions = sessions;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates the user without a password, in the form's language, and answers the link
     * that sets it (also sent to the user).
     */
    String create(CreateUserForm form) {
        if (users.emailTaken(form.email())) {
            throw new RuleViolation("email", "user.emailTaken");
        }
        boolean focalPoint = form.role() == Role.FOCAL_POINT;
        boolean hasState = form.state() != null && !form.state().isBlank();
        boolean hasOrganisation = form.organisation() != null;
        if (focalPoint && hasState == hasOrganisation) {
            throw new RuleViolation("state", "user.focalPointNeedsOne");
        }
        if (!focalPoint && (hasState || hasOrganisation)) {
            throw new RuleViolation("role", "user.onlyFocalPointsActFor");
        }
        String language = form.language() == null ? AccountLanguage.DEFAULT : form.language();
        long id = users.insert(form.email(), form.displayName().trim(), null, form.role(), language, false,
                OffsetDateTime.now(clock));
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("email", UserAccounts.normalizeEmail(form.email()));
        created.put("displayName", form.displayName().trim());
        created.put("role", form.role().name());
        created.put("language", language);
        events.publishEvent(AuditedChange.of("user", id, "CREATE", null, created, null));
        if (hasState) {
            grantState(id, form.state());
        }
        if (hasOrganisation) {
            grantOrganisation(id, form.organisation());
        }
        return resets.issue(id, true);
    }

    void grantState(long userId, String iso3) {
        String code = iso3.trim().toUpperCase(java.util.Locale.ROOT);
        if (states.detailOf(code, java.time.LocalDate.now(clock), java.util.Locale.ENGLISH).isEmpty()) {
            throw new RuleViolation("state", "user.unknownState");
        }
        UserSummary user = summary(userId);
        if (user.role() != Role.FOCAL_POINT) {
            throw new RuleViolation("state", "user.onlyFocalPointsActFor");
        }
        if (user.states().contains(code)) {
            throw new RuleViolation("state", "user.alreadyGranted");
        }
        users.grantState(userId, code);
        events.publishEvent(AuditedChange.of("user", userId, "GRANT_STATE", null, Map.of("state", code), null));
    }

    void grantOrganisation(long userId, long organisationId) {
        var organisation = organisations.find(organisationId)
            .orElseThrow(() -> new RuleViolation("organisation", "user.unknownOrganisation"));
        UserSummary user = summary(userId);
        if (user.role() != Role.FOCAL_POINT) {
            throw new RuleViolation("organisation", "user.onlyFocalPointsActFor");
        }
        if (user.organisations().contains(organisation.name())) {
            throw new RuleViolation("organisation", "user.alreadyGranted");
        }
        users.grantOrganisation(userId, organisationId);
        events.publishEvent(AuditedChange.of("user", userId, "GRANT_ORGANISATION", null,
                Map.of("organisation", organisation.name()), null));
    }

    void setEnabled(long userId, boolean enabled) {
        UserSummary user = summary(userId);
        if (user.enabled() == enabled) {
            return;
        }
        users.setEnabled(userId, enabled);
        events.publishEvent(AuditedChange.of("user", userId, enabled ? "ENABLE" : "DISABLE",
                Map.of("enabled", user.enabled()), Map.of("enabled", enabled), null));
        if (!enabled) {
            // revoked, not suspended: enabling the user again must not bring old tokens
            // back
            tokens.revokeAll(userId);
            signOutEverywhere(user.email(), null);
        }
    }

    String issuePasswordLink(long userId) {
        summary(userId);
        return resets.issue(userId, false);
    }

    /** The user chooses the language of their messages. */
    void changeLanguage(long userId, String language) {
        UserSummary user = summary(userId);
        if (!AccountLanguage.CODES.contains(language)) {
            throw new RuleViolation("language", "user.languageInvalid");
        }
        if (user.language().equals(language)) {
            return;
        }
        users.setLanguage(userId, language);
        events.publishEvent(AuditedChange.of("user", userId, "LANGUAGE", Map.of("language", user.language()),
                Map.of("language", language), null));
    }

    /**
     * Changes the user's own password and ends their other sessions (whoever knew the old
     * password is signed out), keeping {@code currentSessionId}; their API tokens are
     * revoked when {@code revokeTokens}.
     */
    void changeOwnPassword(long userId, String current, String next, String currentSessionId, boolean revokeTokens) {
        CcmUser user = users.findPrincipal(userId).orElseThrow(() -> new NotFoundException("error.notFound.generic"));
        if (current == null || user.getPassword() == null || !encoder.matches(current, user.getPassword())) {
            throw new RuleViolation("currentPassword", "password.currentWrong");
        }
        setPassword(user, next);
        signOutEverywhere(user.email(), currentSessionId);
        if (revokeTokens) {
            tokens.revokeAll(userId);
        }
    }

    /** Sets the password through a one-time link; answers the user's e-mail. */
    String setPasswordWithLink(String secret, String next) {
        long userId = resets.userOf(secret).orElseThrow(() -> new RuleViolation("password", "password.linkInvalid"));
        CcmUser user = users.findPrincipal(userId).orElseThrow();
        setPassword(user, next);
        resets.markUsed(secret);
        signOutEverywhere(user.email(), null);
        return user.email();
    }

    private void setPassword(CcmUser user, String next) {
        List<String> problems = policy.problems(next, user.email());
        if (!problems.isEmpty()) {
            throw new RuleViolation("newPassword", problems.get(0));
        }
        users.updatePassword(user.id(), encoder.encode(next), false, OffsetDateTime.now(clock));
        events.publishEvent(
                AuditedChange.of("user", user.id(), "PASSWORD_CHANGED", null, Map.of("email", user.email()), null));
    }

    private UserSummary summary(long userId) {
        return users.findSummary(userId).orElseThrow(() -> new NotFoundException("user.notFound", userId));
    }

    /** Ends every session of the user but {@code keptSessionId} (may be null). */
    private void signOutEverywhere(String email, String keptSessionId) {
        sessions.findByPrincipalName(email)
            .keySet()
            .stream()
            .filter(id -> !id.equals(keptSessionId))
            .forEach(sessions::deleteById);
        jdbc.sql("delete from persistent_logins where username = :email").param("email", email).update();
    }

}

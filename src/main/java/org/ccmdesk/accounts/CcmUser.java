package org.ccmdesk.accounts;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.ccmdesk.system.ActingUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security keeps it in the (database-stored) session: who
 * they are, their role, and the states and organisations a focal point acts for.
 */
public final class CcmUser implements UserDetails, CredentialsContainer, ActingUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;

    private final String email;

    private final String displayName;

    private String passwordHash;

    private final Role role;

    private final boolean enabled;

    private final boolean mustChangePassword;

    private final Set<String> states;

    private final Set<Long> organisations;

    CcmUser(long id, String email, String displayName, String passwordHash, Role role, boolean enabled,
            boolean mustChangePassword, Set<String> states, Set<Long> organisations) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
        this.states = Set.copyOf(states);
        this.organisations = Set.copyOf(organisations);
    }

    public long id() {
        return id;
    }

    @Override
    public boolean isSecretariat() {
        return role == Role.SECRETARIAT;
    }

    @Override
    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Set<String> states() {
        return states;
    }

    public Set<Long> organisations() {
        return organisations;
    }

    /**
     * The secretariat acts for every state; a focal point only for the states granted to
     * them.
     */
    @Override
    public boolean canActForState(String iso3) {
        return role == Role.SECRETARIAT || (role == Role.FOCAL_POINT && states.contains(iso3));
    }

    @Override
    public boolean canActForOrganisation(long organisationId) {
        return role == Role.SECRETARIAT || (role == Role.FOCAL_POINT && organisations.contains(organisationId));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

}

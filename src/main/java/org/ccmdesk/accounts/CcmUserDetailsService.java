package org.ccmdesk.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CcmUserDetailsService implements UserDetailsService {

    private final UserAccounts users;

    CcmUserDetailsService(UserAccounts users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        CcmUser user = users.findByEmail(email).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        if (user.getPassword() == null) {
            // created by the secretariat, password not set yet through the link
            throw new UsernameNotFoundException("no password");
        }
        return user;
    }

}

package org.ccmdesk.accounts;

import java.util.List;
import java.util.Optional;

import org.ccmdesk.states.Party;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who to write to, for other modules (messages): a person's account, and the focal points
 * who act for a state or an organisation.
 */
@Service
@Transactional(readOnly = true)
public class AccountContacts {

    private static final String SELECT = "select u.id as user_id, u.email, u.display_name as name, u.language, u.enabled"
            + " from app_user u";

    private final JdbcClient jdbc;

    AccountContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AccountContact> byId(long userId) {
        return jdbc.sql(SELECT + " where u.id = :id").param("id", userId).query(AccountContact.class).optional();
    }

    public Optional<AccountContact> byEmail(String email) {
        return jdbc.sql(SELECT + " where u.email = :email")
            .param("email", UserAccounts.normalizeEmail(email))
            .query(AccountContact.class)
            .optional();
    }

    /** The enabled focal points of a state or an organisation, by address. */
    public List<AccountContact> focalPointsOf(Party party) {
        String grant = party.isState() ? "g.state_iso3 = :target" : "g.organisation_id = :target";
        return jdbc
            .sql(SELECT + " join focal_point_grant g on g.user_id = u.id where " + grant
                    + " and u.enabled = true and u.role = 'FOCAL_POINT' order by u.email")
            .param("target", party.isState() ? party.iso3() : party.organisationId())
            .query(AccountContact.class)
            .list();
    }

    /**
     * Every enabled focal point of any state, with the states each acts for (for digests
     * and reminders).
     */
    public List<StateFocalPoint> stateFocalPoints() {
        return jdbc.sql("""
                select g.state_iso3 as iso3, u.id as user_id, u.email, u.display_name as name, u.language, u.enabled
                  from app_user u join focal_point_grant g on g.user_id = u.id
                 where g.state_iso3 is not null and u.enabled = true and u.role = 'FOCAL_POINT'
                 order by g.state_iso3, u.email""")
            .query((rs, n) -> new StateFocalPoint(rs.getString("iso3").trim(),
                    new AccountContact(rs.getLong("user_id"), rs.getString("email"), rs.getString("name"),
                            rs.getString("language"), rs.getBoolean("enabled"))))
            .list();
    }

    /** A focal point and one state they act for. */
    public record StateFocalPoint(String iso3, AccountContact contact) {
    }

}

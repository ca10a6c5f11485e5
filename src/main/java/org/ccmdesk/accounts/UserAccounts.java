package org.ccmdesk.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.ccmdesk.system.EmailAddresses;
import org.ccmdesk.system.GeneratedId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users and their focal-point grants, in plain SQL. */
@Repository
class UserAccounts {

    private static final String SUMMARY = """
            select u.id, u.email, u.display_name, u.role, u.language, u.enabled, u.must_change_password, u.created_at
              from app_user u
            """;

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String normalizeEmail(String email) {
        return email == null ? "" : EmailAddresses.normal(email);
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    boolean emailTaken(String email) {
        return jdbc.sql("select count(*) from app_user where email = :email")
            .param("email", normalizeEmail(email))
            .query(Long.class)
            .single() > 0;
    }

    Optional<CcmUser> findByEmail(String email) {
        return jdbc.sql("select * from app_user where email = :email")
            .param("email", normalizeEmail(email))
            .query((rs, n) -> principal(rs))
            .optional();
    }

    Optional<CcmUser> findPrincipal(long id) {
        return jdbc.sql("select * from app_user where id = :id")
            .param("id", id)
            .query((rs, n) -> principal(rs))
            .optional();
    }

    Optional<UserSummary> findSummary(long id) {
        return withGrants(jdbc.sql(SUMMARY + " where u.id = :id").param("id", id).query((rs, n) -> summary(rs)).list())
            .stream()
            .findFirst();
    }

    List<UserSummary> search(String q, Role role, int offset, int limit) {
        return withGrants(
                jdbc.sql(SUMMARY + where(q, role) + " order by u.email offset :offset rows fetch next :limit rows only")
                    .param("q", like(q))
                    .param("role", role == null ? null : role.name())
                    .param("offset", offset)
                    .param("limit", limit)
                    .query((rs, n) -> summary(rs))
                    .list());
    }

    int countMatching(String q, Role role) {
        return jdbc.sql("select count(*) from app_user u " + where(q, role))
            .param("q", like(q))
            .param("role", role == null ? null : role.name())
            .query(Integer.class)
            .single();
    }

    long insert(String email, String displayName, String passwordHash, Role role, boolean mustChangePassword,
            OffsetDateTime now) {
        return insert(email, displayName, passwordHash, role, AccountLanguage.DEFAULT, mustChangePassword, now);
    }

    long insert(String email, String displayName, String passwordHash, Role role, String language,
            boolean mustChangePassword, OffsetDateTime now) {
        return GeneratedId.insert(jdbc.sql("""
                insert into app_user (email, display_name, password_hash, role, language, enabled, must_change_password,
                                      created_at, password_changed_at)
                values (:email, :name, :hash, :role, :language, true, :must, :now, :now)""")
            .param("email", normalizeEmail(email))
            .param("name", displayName)
            .param("hash", passwordHash)
            .param("role", role.name())
            .param("language", language)
            .param("must", mustChangePassword)
            .param("now", now));
    }

    void setLanguage(long id, String language) {
        jdbc.sql("update app_user set language = :language where id = :id")
            .param("language", language)
            .param("id", id)
            .update();
    }

    void grantState(long userId, String iso3) {
        jdbc.sql("insert into focal_point_grant (user_id, state_iso3) values (:user, :iso3)")
            .param("user", userId)
            .param("iso3", iso3)
            .update();
    }

    void grantOrganisation(long userId, long organisationId) {
        jdbc.sql("insert into focal_point_grant (user_id, organisation_id) values (:user, :org)")
            .param("user", userId)
            .param("org", organisationId)
            .update();
    }

    void updatePassword(long id, String hash, boolean mustChange, OffsetDateTime now) {
        jdbc.sql(
                "update app_user set password_hash = :hash, must_change_password = :must, password_changed_at = :now where id = :id")
            .param("hash", hash)
            .param("must", mustChange)
            .param("now", now)
            .param("id", id)
            .update();
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("update app_user set enabled = :enabled where id = :id")
            .param("enabled", enabled)
            .param("id", id)
            .update();
    }

    /** Emails of the users who act for a state (its focal points). */
    List<UserSummary> focalPointsOf(String iso3) {
        return withGrants(jdbc
            .sql(SUMMARY + " join focal_point_grant g on g.user_id = u.id where g.state_iso3 = :iso3 order by u.email")
            .param("iso3", iso3)
            .query((rs, n) -> summary(rs))
            .list());
    }

    /** The grants of all the listed users in two queries, not two per user. */
    private List<UserSummary> withGrants(List<UserSummary> users) {
        if (users.isEmpty()) {
            return users;
        }
        List<Long> ids = users.stream().map(UserSummary::id).toList();
        java.util.Map<Long, List<String>> states = new java.util.HashMap<>();
        jdbc.sql("select user_id, state_iso3 from focal_point_grant where user_id in (:ids) and state_iso3 is not null"
                + " order by state_iso3")
            .param("ids", ids)
            .query(rs -> {
                states.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getString(2).trim());
            });
        java.util.Map<Long, List<String>> organisations = new java.util.HashMap<>();
        jdbc.sql("""
                select g.user_id, o.name from focal_point_grant g join organisation o on o.id = g.organisation_id
                 where g.user_id in (:ids) order by o.name""").param("ids", ids).query(rs -> {
            organisations.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getString(2));
        });
        return users.stream()
            .map(u -> new UserSummary(u.id(), u.email(), u.displayName(), u.role(), u.language(), u.enabled(),
                    u.mustChangePassword(), u.createdAt(), states.getOrDefault(u.id(), List.of()),
                    organisations.getOrDefault(u.id(), List.of())))
            .toList();
    }

    private static String where(String q, Role role) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(u.email) like :q or lower(u.display_name) like :q)");
        }
        if (role != null) {
            where.append(" and u.role = :role");
        }
        return where.toString();
    }

    private static String like(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String escaped = q.trim()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private CcmUser principal(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return new CcmUser(id, rs.getString("email"), rs.getString("display_name"), rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), rs.getBoolean("must_change_password"),
                new HashSet<>(stateGrants(id)), Set.copyOf(organisationGrants(id)));
    }

    /** A user without their grants; {@link #withGrants} adds them. */
    private static UserSummary summary(ResultSet rs) throws SQLException {
        return new UserSummary(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("language"), rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"), rs.getObject("created_at", OffsetDateTime.class), List.of(),
                List.of());
    }

    private List<String> stateGrants(long id) {
        return jdbc.sql(
                "select state_iso3 from focal_point_grant where user_id = :id and state_iso3 is not null order by state_iso3")
            .param("id", id)
            .query(String.class)
            .list()
            .stream()
            .map(String::trim)
            .toList();
    }

    private List<Long> organisationGrants(long id) {
        return jdbc
            .sql("select organisation_id from focal_point_grant where user_id = :id and organisation_id is not null")
            .param("id", id)
            .query(Long.class)
            .list();
    }

}

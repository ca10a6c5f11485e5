package org.ccmdesk.accounts;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Two requests of one session at once (a double click) both load the session without an
 * attribute and both add it: Spring Session's plain insert then fails on the second with
 * {@code spring_session_attributes_pk}, a 500. The attribute is upserted instead, in the
 * dialect of the database found at start-up.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributeUpserts {

    static final String H2_MERGE = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            VALUES (?, ?, ?)
            """;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpsert(DataSource dataSource)
            throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        return switch (product) {
            case "PostgreSQL" -> new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
            case "H2" -> repository -> repository.setCreateSessionAttributeQuery(H2_MERGE);
            default -> repository -> {
            };
        };
    }

}

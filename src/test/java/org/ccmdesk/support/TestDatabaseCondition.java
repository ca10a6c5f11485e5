package org.ccmdesk.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Chooses the database of a {@link DatabaseTest} from the system property
 * {@code ccm.test.database} ({@code h2} by default, {@code postgres} in the second Surefire
 * execution). For PostgreSQL it drops and creates the database {@code ccmdesk_test} once per run,
 * so that Flyway starts from scratch, and skips (or, when required, fails) if the server is not there.
 */
public class TestDatabaseCondition implements ExecutionCondition, ActiveProfilesResolver {

    static final String ADMIN_URL = env("CCM_TEST_POSTGRES_ADMIN_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String USER = env("CCM_TEST_POSTGRES_USER", "postgres");
    static final String PASSWORD = env("CCM_TEST_POSTGRES_PASSWORD", "");
    static final String DATABASE = "ccmdesk_test";

    private static Boolean prepared;
    private static String failure;

    static boolean onPostgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("ccm.test.database", "h2"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return onPostgres() ? new String[] {"test", "test-postgres"} : new String[] {"test"};
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!onPostgres()) {
            return ConditionEvaluationResult.enabled("runs on H2");
        }
        if (!prepareOnce()) {
            String message = "PostgreSQL is not usable at " + ADMIN_URL + " (" + failure + "): database tests on "
                    + "PostgreSQL are skipped. Start PostgreSQL or set CCM_TEST_POSTGRES_ADMIN_URL.";
            if (TestRequirements.postgresRequired()) {
                throw new IllegalStateException(message + " PostgreSQL is required here (CI or CCM_REQUIRE_POSTGRES).");
            }
            System.err.println("SKIPPED: " + message);
            return ConditionEvaluationResult.disabled(message);
        }
        return ConditionEvaluationResult.enabled("runs on PostgreSQL database " + DATABASE);
    }

    private static synchronized boolean prepareOnce() {
        if (prepared == null) {
            try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
                    Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + DATABASE + " with (force)");
                statement.execute("create database " + DATABASE);
                prepared = true;
            } catch (SQLException e) {
                failure = e.getMessage();
                prepared = false;
            }
        }
        return prepared;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

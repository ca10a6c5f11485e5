package org.ccmdesk.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Chooses the database of a {@link DatabaseTest} from the system property
 * {@code ccm.test.database} ({@code h2} by default, {@code postgres} in the second
 * Surefire execution). For PostgreSQL it creates, once per JVM, a database of its own
 * named {@code ccmdesk_test_<pid>_<random>}, so that Flyway starts from scratch and two
 * builds on one server do not destroy each other's database; it is dropped when the JVM
 * ends. The URL reaches Spring through the system property {@value #URL_PROPERTY}.
 * {@code CCM_TEST_POSTGRES_URL} names a database to use as it is instead (nothing is
 * created or dropped). Without a usable server the tests are skipped (or, when required,
 * fail).
 */
public class TestDatabaseCondition implements ExecutionCondition, ActiveProfilesResolver {

    static final String ADMIN_URL = env("CCM_TEST_POSTGRES_ADMIN_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String USER = env("CCM_TEST_POSTGRES_USER", "postgres");
    static final String PASSWORD = env("CCM_TEST_POSTGRES_PASSWORD", "");
    static final String OVERRIDE_URL = env("CCM_TEST_POSTGRES_URL", null);

    /** Read by {@code application-test-postgres.properties}. */
    static final String URL_PROPERTY = "ccm.test.postgres.url";

    private static final Pattern SERVER_AND_DATABASE = Pattern.compile("^(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?$");

    private static Boolean prepared;

    private static String failure;

    public static boolean onPostgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("ccm.test.database", "h2"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return onPostgres() ? new String[] { "test", "test-postgres" } : new String[] { "test" };
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!onPostgres()) {
            return ConditionEvaluationResult.enabled("runs on H2");
        }
        if (!prepareOnce()) {
            String server = OVERRIDE_URL != null ? OVERRIDE_URL : ADMIN_URL;
            String message = "PostgreSQL is not usable at " + server + " (" + failure + "): database tests on "
                    + "PostgreSQL are skipped. Start PostgreSQL or set CCM_TEST_POSTGRES_ADMIN_URL.";
            if (TestRequirements.postgresRequired()) {
                throw new IllegalStateException(message + " PostgreSQL is required here (CI or CCM_REQUIRE_POSTGRES).");
            }
            System.err.println("SKIPPED: " + message);
            return ConditionEvaluationResult.disabled(message);
        }
        return ConditionEvaluationResult.enabled("runs on PostgreSQL database " + System.getProperty(URL_PROPERTY));
    }

    private static synchronized boolean prepareOnce() {
        if (prepared == null) {
            try {
                System.setProperty(URL_PROPERTY, OVERRIDE_URL != null ? useAsItIs(OVERRIDE_URL) : createOwnDatabase());
                prepared = true;
            }
            catch (SQLException | IllegalArgumentException e) {
                failure = e.getMessage();
                prepared = false;
            }
        }
        return prepared;
    }

    /**
     * A database of the test's own on the test server, for a test that needs one that no
     * other test touches (several application instances on one database); dropped when
     * the JVM ends. On H2, an in-memory database of that name.
     */
    public static String separateDatabase(String prefix) {
        String name = prefix + "_" + ProcessHandle.current().pid() + "_" + UUID.randomUUID().toString().substring(0, 8);
        if (!onPostgres()) {
            return "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1";
        }
        String url = urlOf(ADMIN_URL, name);
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name), "drop " + name));
        return url;
    }

    /**
     * Dropped once the applications of this JVM have closed their pools (their shutdown
     * hooks run at the same time as this one): dropping under an open pool makes Quartz's
     * threads wait for a connection to a database that is gone (30 s, Hikari's connection
     * timeout), and the JVM outlives Surefire's patience. {@code force} for what is still
     * connected after 20 s.
     */
    private static void drop(String name) {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            try {
                Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> !stillConnected(statement, name));
            }
            catch (ConditionTimeoutException stillOpen) {
                // dropped with force below
            }
            statement.execute("drop database if exists " + name + " with (force)");
        }
        catch (SQLException e) {
            System.err.println("Could not drop the test database " + name + ": " + e.getMessage());
        }
    }

    private static boolean stillConnected(Statement statement, String name) throws SQLException {
        try (ResultSet rows = statement
            .executeQuery("select count(*) from pg_stat_activity where datname = '" + name + "'")) {
            return rows.next() && rows.getInt(1) > 0;
        }
    }

    /** The user and password of the test server, for {@link #separateDatabase}. */
    public static String user() {
        return onPostgres() ? USER : "sa";
    }

    public static String password() {
        return onPostgres() ? PASSWORD : "";
    }

    private static String useAsItIs(String url) throws SQLException {
        DriverManager.getConnection(url, USER, PASSWORD).close();
        return url;
    }

    private static String createOwnDatabase() throws SQLException {
        String name = "ccmdesk_test_" + ProcessHandle.current().pid() + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        String url = urlOf(ADMIN_URL, name);
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }

        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name), "drop " + name));
        return url;
    }

    /**
     * The admin URL with its database replaced, keeping the server and the parameters.
     */
    static String urlOf(String adminUrl, String databaseName) {
        Matcher m = SERVER_AND_DATABASE.matcher(adminUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "CCM_TEST_POSTGRES_ADMIN_URL is not a jdbc:postgresql://host[:port]/database URL");
        }
        return m.group(1) + "/" + databaseName + (m.group(3) == null ? "" : m.group(3));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

}

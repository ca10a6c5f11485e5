package org.ccmdesk.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole application on a real database, Flyway from scratch and the shipped
 * reference data loaded. It runs twice in {@code ./mvnw verify}: on H2 in the default
 * Surefire execution and on PostgreSQL in the {@code postgres-tests} execution (tag
 * {@code database}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("database")
@ExtendWith(TestDatabaseCondition.class)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestDatabaseCondition.class)
public @interface DatabaseTest {

}

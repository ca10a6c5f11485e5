package org.ccmdesk.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.TestPropertySource;

/**
 * The web slice of one controller, {@code @WebSliceTest(X.class)}:
 * {@code @WebMvcTest(controllers = X.class)} with no database, the services stubbed with
 * {@code @MockitoBean}. {@code @WebMvcTest} already brings what {@code system} declares
 * as advice or MVC configuration (the {@code asOf} resolver and the locale resolver of
 * {@code WebConfiguration}, the API and page exception handlers, the layout model); this
 * adds the plain configuration the pages need too: the per-module message bundles, the
 * application's clock, pinned to 22 June 2025 as in the database tests, and the
 * {@code citations} bean that templates call.
 * <p>
 * Security is not the subject of a slice (each route's rule is checked by
 * {@code AuthorizationRulesTest}), so MockMvc runs without the servlet filters: every
 * request reaches the controller as an anonymous one. (This annotation declares
 * {@code @WebMvcTest} itself so that its {@code addFilters = false} wins over the default
 * one that {@code @WebMvcTest} carries.)
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("web")
@WebMvcTest
@AutoConfigureMockMvc(addFilters = false)
@Import(WebSliceTest.SystemConfiguration.class)
@TestPropertySource(properties = "ccm.clock.fixed-date=" + WebSliceTest.TODAY)
public @interface WebSliceTest {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};

    /** "Today" in every slice, as in {@code application-test.properties}. */
    String TODAY = "2025-06-22";

    /**
     * The package-private configuration classes of {@code system}, found by name since
     * they cannot be imported by class.
     */
    @TestConfiguration(proxyBeanMethods = false)
    @ComponentScan(basePackages = "org.ccmdesk.system", useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
                    pattern = "org\\.ccmdesk\\.system\\.(MessagesConfiguration|ClockConfiguration|Citations)"))
    class SystemConfiguration {

    }

}

package org.ccmdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module walls of DESIGN.md: a dependency that is not allowed fails the build. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(CcmDeskApplication.class);

    @Test
    void modulesRespectTheirAllowedDependencies() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        Documenter documenter = new Documenter(modules);
        documenter.writeDocumentation();
        assertThat(Path.of("target", "spring-modulith-docs", "components.puml")).exists();
    }

}

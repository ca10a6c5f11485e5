package org.ccmdesk.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /api/docs}: the product's title, its version (the
 * project's, filtered into {@code application.properties} at build time), what the API is
 * for, and the bearer tokens it accepts ({@code Authorization: Bearer ccm_...}, made by a
 * user on their account page and checked by the accounts module). Public calls need no
 * token; the document marks the token as optional for every call, and the calls that
 * record something answer 401 or 403 without one.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearerToken";

    @Bean
    OpenAPI ccmDeskOpenApi(@Value("${ccm.version:unknown}") String version) {
        return new OpenAPI()
            .info(new Info().title("CCM Desk API")
                .version(version)
                .description("Treaty status, obligations and deadlines, meetings, registration, "
                        + "sponsorship and statements of the Convention on Cluster Munitions, as of any date "
                        + "(add asOf=YYYY-MM-DD). Reading public data needs no credentials; recording needs "
                        + "an API token of a user with the right role, sent as Authorization: Bearer ccm_... "
                        + "(tokens are made on the account page). Errors are RFC 9457 problem details."))
            .components(new Components().addSecuritySchemes(BEARER,
                    new SecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("ccm_ token")
                        .description("An API token made on the account page (/account); it acts as its user. "
                                + "A wrong or revoked token answers 401.")))
            .addSecurityItem(new SecurityRequirement().addList(BEARER))
            .addSecurityItem(new SecurityRequirement());
    }

}

package io.herald.service.operator;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Declares the {@value OperatorOnly#SECURITY_SCHEME} security scheme (HTTP bearer) in the service's OpenAPI
 * document; operator resources refer to it with {@code @SecurityRequirement(name = OperatorOnly.SECURITY_SCHEME)}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OperatorSecurityScheme implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(OperatorOnly.SECURITY_SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .description("An operator key of HERALD_OPERATOR_KEYS (name:key entries): Authorization: Bearer <key>."
                        + " Without it 401, with a wrong one 403; with no key configured every operator endpoint"
                        + " answers 403."));
    }
}

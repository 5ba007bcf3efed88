package io.herald.service.operator;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Declares the {@value OperatorOnly#SECURITY_SCHEME} security scheme (HTTP bearer) in the service's OpenAPI
 * document when one of its operations refers to it with
 * {@code @SecurityRequirement(name = OperatorOnly.SECURITY_SCHEME)}; a service without operator endpoints does not
 * mention it.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OperatorSecurityScheme implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (!refersToTheScheme(openAPI)) {
            return;
        }
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

    private static boolean refersToTheScheme(OpenAPI openAPI) {
        Map<String, PathItem> paths = openAPI.getPaths() == null ? null : openAPI.getPaths().getPathItems();
        return paths != null && paths.values().stream()
                .map(PathItem::getOperations).filter(Objects::nonNull).map(Map::values).flatMap(Collection::stream)
                .map(Operation::getSecurity).filter(Objects::nonNull).flatMap(List::stream)
                .map(SecurityRequirement::getSchemes).filter(Objects::nonNull)
                .anyMatch(schemes -> schemes.containsKey(OperatorOnly.SECURITY_SCHEME));
    }
}

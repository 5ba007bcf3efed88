package io.herald.service.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;

class OperatorSecuritySchemeTest {

    @Test
    void aServiceWithOperatorEndpointsDeclaresTheScheme() {
        OpenAPI openAPI = document(OASFactory.createOperation().addSecurityRequirement(
                OASFactory.createSecurityRequirement().addScheme(OperatorOnly.SECURITY_SCHEME)));

        new OperatorSecurityScheme().filterOpenAPI(openAPI);

        assertEquals(SecurityScheme.Type.HTTP,
                openAPI.getComponents().getSecuritySchemes().get(OperatorOnly.SECURITY_SCHEME).getType());
    }

    @Test
    void aServiceWithoutDoesNotMentionIt() {
        OpenAPI openAPI = document(OASFactory.createOperation());

        new OperatorSecurityScheme().filterOpenAPI(openAPI);

        assertNull(openAPI.getComponents());
    }

    private static OpenAPI document(org.eclipse.microprofile.openapi.models.Operation operation) {
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/articles", OASFactory.createPathItem().GET(operation)));
    }
}

package io.ziar.gateway.openapi;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public API's OpenAPI definition: one document, served at /q/openapi with Swagger UI at /q/swagger-ui. */
@OpenAPIDefinition(
        info = @Info(title = "Ziar API", version = "1",
                description = "Ingest news articles, analyse them, search them. Every call needs an API key: "
                        + "'Authorization: Bearer <key>'. Roles: reader (search, read articles, analyse a text), "
                        + "ingester (also submit articles), admin (also manage keys). Errors are "
                        + "application/problem+json with a stable 'type'. Every counted call answers with "
                        + "RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset; a 429 also with Retry-After."),
        security = @SecurityRequirement(name = PublicApi.SCHEME),
        tags = {
                @Tag(name = "Search", description = "reader and above"),
                @Tag(name = "Articles", description = "reading: reader and above; submitting: ingester and above"),
                @Tag(name = "Entities", description = "reader and above"),
                @Tag(name = "Analysis", description = "reader and above"),
                @Tag(name = "Admin", description = "admin only")
        })
@SecurityScheme(securitySchemeName = PublicApi.SCHEME, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key (made by an admin with POST /api/v1/admin/keys), sent as 'Authorization: Bearer <key>'")
public class PublicApi extends Application {

    public static final String SCHEME = "apiKey";
}

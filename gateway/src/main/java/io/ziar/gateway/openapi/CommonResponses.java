package io.ziar.gateway.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.ziar.commons.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.Map;

/**
 * Adds to every public operation the answers the gateway itself gives (401, 403, 429, 503 as
 * problem documents, with their headers), so they are written once instead of on each endpoint.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CommonResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                add(operation, "401", "Missing, unknown or revoked API key", "unauthorized", 401,
                        "Send a valid API key as 'Authorization: Bearer <key>'", false);
                add(operation, "403", "The key's role does not allow this", "forbidden", 403,
                        "This needs a key with the role 'ingester' or above; this key's role is 'reader'", false);
                add(operation, "429", "The key's rate limit is used up", "rate-limited", 429,
                        "This key's rate limit is used up; retry in 6 s", true);
                add(operation, "503", "A service behind the gateway is down or slow (answered within about 1 s)",
                        "service-unavailable", 503, "A service behind the gateway is unavailable; try again shortly", true);
            }
        }
    }

    private static void add(Operation operation, String code, String description, String slug, int status,
                            String detail, boolean retryAfter) {
        if (operation.getResponses() == null || operation.getResponses().hasAPIResponse(code)) {
            return;
        }
        Example example = OASFactory.createExample().value(Map.of(
                "type", "https://ziar.io/problems/" + slug, "title", description, "status", status, "detail", detail));
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("Problem"))
                                .addExample(slug, example)));
        if (retryAfter) {
            response.addHeader("Retry-After", header("Seconds to wait before trying again"));
        }
        if ("429".equals(code)) {
            response.addHeader("RateLimit-Limit", header("The bucket's size: most requests in a burst"));
            response.addHeader("RateLimit-Remaining", header("Requests left now"));
            response.addHeader("RateLimit-Reset", header("Seconds until the bucket is full again"));
        }
        operation.getResponses().addAPIResponse(code, response);
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.INTEGER)));
    }
}

package io.ziar.gateway.access.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A key to create", example = "{\"name\": \"newsroom importer\", \"role\": \"ingester\"}")
public record KeyRequest(
        @Schema(description = "Who or what the key is for, 1 to 100 characters", required = true) String name,
        @Schema(description = "The key's role", enumeration = {"reader", "ingester", "admin"}, required = true) String role) {
}

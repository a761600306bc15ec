package io.ziar.gateway.access.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ziar.gateway.access.model.ApiKey;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A key as the admin API shows it; {@code key} is present only in the answer that created it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An API key; 'key' is shown only once, in the answer to its creation",
        example = "{\"id\": \"6f1c2f4e-1b7a-4a8e-9d0c-2d6f3b1e9a41\", \"name\": \"newsroom importer\", \"role\": \"ingester\", "
                + "\"hint\": \"zk_Q3vT\", \"createdAt\": \"2026-05-16T10:00:00Z\", \"key\": \"zk_Q3vTn0m9...\"}")
public record KeyView(String id, String name, String role, String hint, Instant createdAt,
                      @Schema(description = "The key itself: only in the 201 answer") String key) {

    public static KeyView of(ApiKey stored, String key) {
        return new KeyView(stored.id, stored.name, stored.role.wireName(), stored.hint, stored.createdAt, key);
    }
}

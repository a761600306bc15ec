package io.ziar.contracts.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A feed to poll. */
@Schema(description = "An RSS 2.0 or Atom feed to poll")
public record FeedRegistration(
        @Schema(description = "The feed's http(s) URL", example = "https://www.g4media.ro/feed") String url) {
}

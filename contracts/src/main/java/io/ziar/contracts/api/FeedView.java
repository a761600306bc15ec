package io.ziar.contracts.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * A registered feed and how its last poll went: {@code lastStatus} is OK (new items read, see
 * {@code lastJob}), NOT_MODIFIED (304), ROBOTS_DISALLOWED or FAILED (see {@code lastError}); null
 * before the first poll.
 */
@Schema(description = "A registered feed and its last poll")
public record FeedView(String id, String url, Instant createdAt, Instant nextPollAt, Instant lastPolledAt,
                       String lastStatus, String lastError, String etag, String lastModified, String lastJob,
                       String href) {
}

package io.ziar.contracts.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** An article's versions, newest first: the current one and those it replaced (at most the 100 newest). */
@Schema(description = "An article's history: every version stored under its canonical URL, newest first")
public record ArticleRevisions(String id, int version, List<Revision> revisions) {

    /** One version; {@code supersededAt} is null for the current one. */
    public record Revision(int version, String url, String contentHash, Instant receivedAt, Instant publishedAt,
                           Instant supersededAt, boolean current) {
    }
}

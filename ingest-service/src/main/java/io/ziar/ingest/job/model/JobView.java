package io.ziar.ingest.job.model;

import java.time.Instant;
import java.util.List;

/**
 * A job as clients see it. {@code received} counts the items read (non-blank NDJSON lines, feed
 * items, WARC HTML responses); each is accepted, rejected or a duplicate. Of the accepted,
 * {@code revisions} were new versions of articles already known. analyzed/indexed/failed count the
 * accepted articles by their current status (an INDEXED article was analyzed before: analyzed includes
 * it); {@code superseded} counts the versions a later revision replaced before they were done.
 */
public record JobView(
        String id,
        JobStatus status,
        long received,
        long accepted,
        long rejected,
        long duplicates,
        long revisions,
        long analyzed,
        long indexed,
        long failed,
        long superseded,
        List<ItemError> errors,
        String reason,
        Instant createdAt,
        Instant finishedAt,
        String href) {
}

package io.ziar.ingest.job.model;

import java.time.Instant;
import java.util.List;

/**
 * A job as clients see it. {@code received} counts the non-blank lines read; each is accepted,
 * rejected or a duplicate. analyzed/indexed/failed count the accepted articles by their current
 * status (an INDEXED article was analyzed before: analyzed includes it).
 */
public record JobView(
        String id,
        JobStatus status,
        long received,
        long accepted,
        long rejected,
        long duplicates,
        long analyzed,
        long indexed,
        long failed,
        List<LineError> errors,
        String reason,
        Instant createdAt,
        Instant finishedAt,
        String href) {
}

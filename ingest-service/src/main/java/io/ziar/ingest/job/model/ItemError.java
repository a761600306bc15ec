package io.ziar.ingest.job.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Why one item of an upload was rejected, numbered from 1 by what its job reads: an NDJSON
 * upload's {@code line}, a feed's {@code item}, a WARC file's {@code record}. Exactly one of the
 * three is set, so a client reads the number under the name of what it sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemError(Long line, Long item, Long record, String reason) {

    public static ItemError of(JobKind kind, long number, String reason) {
        return switch (kind.counts()) {
            case LINE -> new ItemError(number, null, null, reason);
            case ITEM -> new ItemError(null, number, null, reason);
            case RECORD -> new ItemError(null, null, number, reason);
        };
    }
}

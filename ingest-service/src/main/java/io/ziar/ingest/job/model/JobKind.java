package io.ziar.ingest.job.model;

/** What made a job, stored by name, and what it counts its items by. */
public enum JobKind {
    NDJSON(Unit.LINE),
    FEED(Unit.ITEM),
    FEED_POLL(Unit.ITEM),
    WARC(Unit.RECORD);

    /** How a job's rejected items are numbered: see {@link ItemError}. */
    public enum Unit { LINE, ITEM, RECORD }

    private final Unit counts;

    JobKind(Unit counts) {
        this.counts = counts;
    }

    public Unit counts() {
        return counts;
    }
}

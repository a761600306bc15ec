package io.ziar.ingest.sql;

import io.vertx.mutiny.sqlclient.Row;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Reading of the plain-SQL repositories' rows. */
public final class Rows {

    private Rows() {
    }

    /** A timestamptz column as an Instant; null stays null. */
    public static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}

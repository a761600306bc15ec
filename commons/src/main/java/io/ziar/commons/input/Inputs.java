package io.ziar.commons.input;

import io.ziar.commons.problem.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reading of the loosely typed values clients send (query parameters, JSON strings). */
public final class Inputs {

    private Inputs() {
    }

    /** The dates every store takes (PostgreSQL, OpenSearch, Kafka's JSON): years 1 to 9999. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * An ISO-8601 instant, offset date-time or date (midnight UTC) of the years 1 to 9999; null when absent.
     *
     * @throws ProblemException naming {@code field} when the value is not such a date
     */
    public static Instant instant(String field, String value) {
        String date = blankToNull(value);
        if (date == null) {
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(date).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                instant = LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                throw ProblemException.invalid(field,
                        "'" + field + "' must be an ISO-8601 date or date-time such as 2024-05-16T10:00:00Z");
            }
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw ProblemException.invalid(field, "'" + field + "' must be a date of the years 1 to 9999");
        }
        return instant;
    }
}

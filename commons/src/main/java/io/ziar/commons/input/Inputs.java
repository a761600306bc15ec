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

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * An ISO-8601 instant, offset date-time or date (midnight UTC); null when absent.
     *
     * @throws ProblemException naming {@code field} when the value is not a date
     */
    public static Instant instant(String field, String value) {
        String date = blankToNull(value);
        if (date == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(date).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                throw ProblemException.invalid(field,
                        "'" + field + "' must be an ISO-8601 date or date-time such as 2024-05-16T10:00:00Z");
            }
        }
    }
}

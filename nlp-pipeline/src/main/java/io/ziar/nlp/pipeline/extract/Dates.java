package io.ziar.nlp.pipeline.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Publication dates as pages write them in machine-readable places: ISO 8601 in its variants, RFC 1123. */
final class Dates {

    private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");

    private Dates() {
    }

    /** The instant, or null when the value is no date we can read (a date without a zone is taken as UTC). */
    static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String iso = value.strip().replace(' ', 'T');
        iso = COMPACT_OFFSET.matcher(iso).replaceFirst("$1:$2");
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException ignored) {
            // not with an offset; try the forms below
        }
        try {
            return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // not a local date-time
        }
        try {
            return LocalDate.parse(iso.length() >= 10 ? iso.substring(0, 10) : iso).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // not ISO at all
        }
        try {
            return OffsetDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }
}

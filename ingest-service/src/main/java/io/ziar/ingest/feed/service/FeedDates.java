package io.ziar.ingest.feed.service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Feed dates as they come: RFC 822 (RSS pubDate, with or without the weekday, with an offset or a
 * zone name) or ISO 8601 (Atom). An unreadable date is no date; it does not cost the item.
 */
final class FeedDates {

    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("[EEE, ]d MMM yyyy HH:mm[:ss] Z", Locale.ENGLISH);
    private static final Map<String, String> ZONES = Map.of("GMT", "+0000", "UT", "+0000", "UTC", "+0000", "Z", "+0000",
            "EST", "-0500", "EDT", "-0400", "CST", "-0600", "CDT", "-0500", "PST", "-0800", "PDT", "-0700");

    private FeedDates() {
    }

    static Instant parse(String value) {
        if (value == null) {
            return null;
        }
        String date = value.strip().replaceAll("\\s+", " ");
        try {
            return OffsetDateTime.parse(date).toInstant();
        } catch (DateTimeParseException notIso) {
            int space = date.lastIndexOf(' ');
            String zone = space < 0 ? "" : date.substring(space + 1).toUpperCase(Locale.ROOT);
            if (ZONES.containsKey(zone)) {
                date = date.substring(0, space + 1) + ZONES.get(zone);
            }
            try {
                return ZonedDateTime.parse(date, RFC_822).toInstant();
            } catch (DateTimeParseException notRfc822) {
                return null;
            }
        }
    }
}

package io.athena4j.jdbc;

import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import static io.athena4j.jdbc.AthenaValueParser.invalidValue;

/**
 * Hand-written parsers for the fixed layouts in which Athena prints date and time values (behaviour reference §A.4):
 * <pre>
 * date                     2017-01-02
 * time                     12:34:56.789                 fraction: none or 1 to 12 digits, whatever the precision
 * time with time zone      12:34:56.789+00:00
 * timestamp                2026-09-17 12:34:56.789123
 * timestamp with time zone 2026-09-17 12:34:56.789 UTC  or  … America/Los_Angeles  or  … +05:30
 * interval day to second   1 00:00:00.000               negative: -1 02:03:04.005, the sign covering all fields
 * interval year to month   1-0                          negative: -1-2
 * </pre>
 * They read the characters in place: no regular expression, no formatter, no intermediate string except a zone id
 * other than {@code UTC}. A value that does not match its layout exactly fails with SQLState
 * {@code 22007}; one that matches but names an impossible date or time ({@code 2026-02-30}, {@code 24:00:00}) too.
 * Java holds nanoseconds, Trino up to picoseconds: fraction digits past the ninth must be zeros, otherwise the value
 * fails with {@code 22008} instead of being rounded silently.
 */
final class AthenaDateTimeParser
{
    private static final String DATE_FORM = "yyyy-MM-dd";
    private static final String TIME_FORM = "HH:mm:ss[.fraction]";
    private static final String TIME_WITH_TIME_ZONE_FORM = "HH:mm:ss[.fraction]+HH:MM";
    private static final String TIMESTAMP_FORM = "yyyy-MM-dd HH:mm:ss[.fraction]";
    private static final String TIMESTAMP_WITH_TIME_ZONE_FORM = "yyyy-MM-dd HH:mm:ss[.fraction] zone (UTC, a region such as America/Los_Angeles, or an offset such as +05:30)";
    private static final String INTERVAL_DAY_TO_SECOND_FORM = "[-]days HH:mm:ss[.fraction]";
    private static final String INTERVAL_YEAR_TO_MONTH_FORM = "[-]years-months";

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final LocalDate EPOCH_DAY = LocalDate.of(1970, 1, 1);
    private static final int MAXIMUM_FRACTION_DIGITS = 12;
    // What a fraction of n digits is multiplied by to give nanoseconds: .7 is 700_000_000 ns.
    private static final int[] FRACTION_TO_NANOS = {
            1_000_000_000, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    // Region ids and offsets repeat across millions of values; ZoneId.of consults the zone rules provider each time.
    // Only valid ids are cached, and only so many: there are about 600 regions, but offsets can be spelt many ways.
    private static final int MAXIMUM_CACHED_ZONES = 4096;
    private static final ConcurrentMap<String, ZoneId> ZONES = new ConcurrentHashMap<>();

    private AthenaDateTimeParser() {}

    static LocalDate parseDate(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        int end = text.length();
        LocalDate date = date(text, 0, end, type, columnLabel);
        if (date == null) {
            throw malformed(text, type, columnLabel, DATE_FORM);
        }
        return date;
    }

    static LocalTime parseTime(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        LocalTime time = time(text, 0, text.length(), type, columnLabel);
        if (time == null) {
            throw malformed(text, type, columnLabel, TIME_FORM);
        }
        return time;
    }

    static LocalDateTime parseTimestamp(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        int space = text.indexOf(' ');
        if (space < 0) {
            throw malformed(text, type, columnLabel, TIMESTAMP_FORM);
        }
        LocalDate date = date(text, 0, space, type, columnLabel);
        LocalTime time = date == null ? null : time(text, space + 1, text.length(), type, columnLabel);
        if (time == null) {
            throw malformed(text, type, columnLabel, TIMESTAMP_FORM);
        }
        return LocalDateTime.of(date, time);
    }

    /**
     * A {@code timestamp with time zone}. Where a region's clocks go back, the text cannot say which of the two
     * instants it was: the earlier offset is used, as {@link ZonedDateTime#of} does.
     */
    static ZonedDateTime parseTimestampWithTimeZone(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        int dateEnd = text.indexOf(' ');
        int timeEnd = dateEnd < 0 ? -1 : text.indexOf(' ', dateEnd + 1);
        if (timeEnd < 0 || timeEnd == text.length() - 1) {
            throw malformed(text, type, columnLabel, TIMESTAMP_WITH_TIME_ZONE_FORM);
        }
        LocalDate date = date(text, 0, dateEnd, type, columnLabel);
        LocalTime time = date == null ? null : time(text, dateEnd + 1, timeEnd, type, columnLabel);
        if (time == null) {
            throw malformed(text, type, columnLabel, TIMESTAMP_WITH_TIME_ZONE_FORM);
        }
        ZoneId zone = zone(text, timeEnd + 1, type, columnLabel);
        return ZonedDateTime.of(date, time, zone);
    }

    static OffsetTime parseTimeWithTimeZone(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        // The offset is always +HH:MM or -HH:MM: six characters at the end.
        int offsetStart = text.length() - 6;
        if (offsetStart < 8) {
            throw malformed(text, type, columnLabel, TIME_WITH_TIME_ZONE_FORM);
        }
        char sign = text.charAt(offsetStart);
        int offsetHours = twoDigits(text, offsetStart + 1);
        int offsetMinutes = twoDigits(text, offsetStart + 4);
        if ((sign != '+' && sign != '-') || offsetHours < 0 || text.charAt(offsetStart + 3) != ':' || offsetMinutes < 0) {
            throw malformed(text, type, columnLabel, TIME_WITH_TIME_ZONE_FORM);
        }
        LocalTime time = time(text, 0, offsetStart, type, columnLabel);
        if (time == null) {
            throw malformed(text, type, columnLabel, TIME_WITH_TIME_ZONE_FORM);
        }
        try {
            ZoneOffset offset = sign == '+'
                    ? ZoneOffset.ofHoursMinutes(offsetHours, offsetMinutes)
                    : ZoneOffset.ofHoursMinutes(-offsetHours, -offsetMinutes);
            return OffsetTime.of(time, offset);
        }
        catch (DateTimeException e) {
            throw impossible(text, type, columnLabel, e);
        }
    }

    static Duration parseIntervalDayToSecond(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        int length = text.length();
        boolean negative = length > 0 && text.charAt(0) == '-';
        int daysStart = negative ? 1 : 0;
        int space = text.indexOf(' ', daysStart);
        // Trino holds the interval in milliseconds as a long: at most 12 digits of days.
        if (space <= daysStart || space - daysStart > 12) {
            throw malformed(text, type, columnLabel, INTERVAL_DAY_TO_SECOND_FORM);
        }
        long days = 0;
        for (int i = daysStart; i < space; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                throw malformed(text, type, columnLabel, INTERVAL_DAY_TO_SECOND_FORM);
            }
            days = days * 10 + digit;
        }
        LocalTime time = time(text, space + 1, length, type, columnLabel);
        if (time == null) {
            throw malformed(text, type, columnLabel, INTERVAL_DAY_TO_SECOND_FORM);
        }
        Duration duration = Duration.ofDays(days).plusNanos(time.toNanoOfDay());
        return negative ? duration.negated() : duration;
    }

    static Period parseIntervalYearToMonth(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        int length = text.length();
        boolean negative = length > 0 && text.charAt(0) == '-';
        int yearsStart = negative ? 1 : 0;
        int separator = text.indexOf('-', yearsStart);
        // Trino holds the interval in months as an int: at most 9 digits of years, months 0 to 11.
        if (separator <= yearsStart || separator - yearsStart > 9 || separator == length - 1 || length - separator > 3) {
            throw malformed(text, type, columnLabel, INTERVAL_YEAR_TO_MONTH_FORM);
        }
        int years = digits(text, yearsStart, separator);
        int months = digits(text, separator + 1, length);
        if (years < 0 || months < 0) {
            throw malformed(text, type, columnLabel, INTERVAL_YEAR_TO_MONTH_FORM);
        }
        if (months > 11) {
            throw invalidValue("22007", text, type, columnLabel, "has more than 11 months: expected " + INTERVAL_YEAR_TO_MONTH_FORM);
        }
        return negative ? Period.of(-years, -months, 0) : Period.of(years, months, 0);
    }

    /** Milliseconds since the epoch of {@code time} on 1970-01-01 in {@code zone}: what a {@code java.sql.Time} holds. */
    static long epochMillisOfTime(LocalTime time, ZoneId zone)
    {
        return LocalDateTime.of(EPOCH_DAY, time).atZone(zone).toInstant().toEpochMilli();
    }

    /** Milliseconds since the epoch of {@code time} on 1970-01-01. */
    static long epochMillisOfTime(OffsetTime time)
    {
        return time.atDate(EPOCH_DAY).toInstant().toEpochMilli();
    }

    /**
     * {@code [-]y+-MM-dd} in {@code text[start, end)}; null if the characters do not match. Throws if they match but
     * name no date.
     */
    private static LocalDate date(String text, int start, int end, AthenaType type, String columnLabel)
            throws SQLException
    {
        // Years before 1 are printed with a minus sign; years past 9999 have more than four digits.
        boolean negative = start < end && text.charAt(start) == '-';
        int yearStart = negative ? start + 1 : start;
        int yearEnd = end - 6;
        if (yearEnd - yearStart < 4 || yearEnd - yearStart > 9 || text.charAt(yearEnd) != '-' || text.charAt(end - 3) != '-') {
            return null;
        }
        int year = digits(text, yearStart, yearEnd);
        int month = twoDigits(text, yearEnd + 1);
        int day = twoDigits(text, end - 2);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(negative ? -year : year, month, day);
        }
        catch (DateTimeException e) {
            throw impossible(text, type, columnLabel, e);
        }
    }

    /**
     * {@code HH:mm:ss[.fraction]} in {@code text[start, end)}; null if the characters do not match. Throws if they
     * match but name no time, or the fraction is finer than nanoseconds.
     */
    private static LocalTime time(String text, int start, int end, AthenaType type, String columnLabel)
            throws SQLException
    {
        if (end - start < 8 || text.charAt(start + 2) != ':' || text.charAt(start + 5) != ':') {
            return null;
        }
        int hour = twoDigits(text, start);
        int minute = twoDigits(text, start + 3);
        int second = twoDigits(text, start + 6);
        if (hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        int nano = 0;
        int fractionStart = start + 9;
        if (end > start + 8) {
            int fractionDigits = end - fractionStart;
            if (text.charAt(start + 8) != '.' || fractionDigits < 1 || fractionDigits > MAXIMUM_FRACTION_DIGITS) {
                return null;
            }
            int nanoDigits = Math.min(fractionDigits, 9);
            nano = digits(text, fractionStart, fractionStart + nanoDigits);
            if (nano < 0) {
                return null;
            }
            nano *= FRACTION_TO_NANOS[nanoDigits];
            for (int i = fractionStart + 9; i < end; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
                if (c != '0') {
                    throw invalidValue("22008", text, type, columnLabel,
                            "is more precise than nanoseconds, which Java cannot hold; getString returns it exactly, or cast it to a precision of at most 9 in the query");
                }
            }
        }
        try {
            return LocalTime.of(hour, minute, second, nano);
        }
        catch (DateTimeException e) {
            throw impossible(text, type, columnLabel, e);
        }
    }

    private static ZoneId zone(String text, int start, AthenaType type, String columnLabel)
            throws SQLException
    {
        // The common case, without the substring.
        if (text.length() - start == 3 && text.startsWith("UTC", start)) {
            return UTC;
        }
        String zoneId = text.substring(start);
        ZoneId zone = ZONES.get(zoneId);
        if (zone == null) {
            try {
                zone = ZoneId.of(zoneId);
            }
            catch (DateTimeException e) {
                throw invalidValue("22007", text, type, columnLabel, "has an unknown time zone '" + zoneId + "': expected " + TIMESTAMP_WITH_TIME_ZONE_FORM);
            }
            if (ZONES.size() < MAXIMUM_CACHED_ZONES) {
                ZONES.putIfAbsent(zoneId, zone);
            }
        }
        return zone;
    }

    /** The value of the two decimal digits at {@code start}, or -1. */
    private static int twoDigits(String text, int start)
    {
        if (start < 0 || start + 2 > text.length()) {
            return -1;
        }
        int tens = text.charAt(start) - '0';
        int units = text.charAt(start + 1) - '0';
        if (tens < 0 || tens > 9 || units < 0 || units > 9) {
            return -1;
        }
        return tens * 10 + units;
    }

    /** The value of the decimal digits {@code text[start, end)} (at most 9 of them), or -1 if one is not a digit. */
    private static int digits(String text, int start, int end)
    {
        int value = 0;
        for (int i = start; i < end; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private static SQLException malformed(String text, AthenaType type, String columnLabel, String form)
    {
        return invalidValue("22007", text, type, columnLabel, "does not have the form " + form);
    }

    private static SQLException impossible(String text, AthenaType type, String columnLabel, DateTimeException cause)
    {
        SQLException exception = invalidValue("22007", text, type, columnLabel, "is not a valid date or time: " + cause.getMessage());
        exception.initCause(cause);
        return exception;
    }
}

package io.newstension.clean;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Picks an article's publication time, in order: {@code date_publish}, {@code date_modify} (source {@code metadata}),
 * a date in the URL path ({@code url}), a date in a dateline or byline ({@code text}, found by {@link TextDates}),
 * then {@code date_download} ({@code download}); else {@code none}. Values that are missing, {@code "None"},
 * unparseable, before {@code minYear} or more than {@code maxFutureDays} after {@code now} are passed over and the
 * reason is kept. Times without a zone are taken as UTC, dates as midnight UTC.
 * {@code ("None", null, "https://x.org/a", null, "2021-05-21 08:00:00")} resolves to 2021-05-21T08:00Z from
 * {@code download}.
 */
public final class DateResolver implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final List<DateTimeFormatter> ZONED_FORMATS = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.RFC_1123_DATE_TIME,
            new DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendPattern("yyyy-MM-dd['T'][' ']HH:mm[:ss][.SSSSSS][.SSS][ ]XX").toFormatter(Locale.ROOT),
            new DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendPattern("EEE MMM dd HH:mm:ss zzz yyyy").toFormatter(Locale.ROOT));
    private static final List<DateTimeFormatter> LOCAL_TIME_FORMATS = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSSSSS][.SSS][.S]", Locale.ROOT),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm[:ss]", Locale.ROOT));
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT),
            DateTimeFormatter.ofPattern("d.M.yyyy", Locale.ROOT),
            DateTimeFormatter.BASIC_ISO_DATE,
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMMM d, yyyy").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMM d, yyyy").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM yyyy").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMM yyyy").toFormatter(Locale.ENGLISH));

    private final int minYear;
    private final Instant latest;

    public DateResolver(int minYear, int maxFutureDays, Instant now) {
        this.minYear = minYear;
        this.latest = now.plusSeconds(86_400L * maxFutureDays);
    }

    /** Whether no metadata or URL date is usable, so a date in the text is worth looking for. */
    public boolean needsTextDate(String datePublish, String dateModify, String url) {
        List<String> ignored = new ArrayList<>();
        return usable("date_publish", parse(datePublish), datePublish, ignored) == null
                && usable("date_modify", parse(dateModify), dateModify, ignored) == null
                && usable("url date", at(UrlDate.find(url)), url, ignored) == null;
    }

    /** Resolves the date from all evidence; {@code textDate} and {@code textNote} come from {@link TextDates}. */
    public ResolvedDate resolve(String datePublish, String dateModify, String url, LocalDate textDate, String textNote,
            String dateDownload) {
        List<String> passedOver = new ArrayList<>();
        Instant published = usable("date_publish", parse(datePublish), datePublish, passedOver);
        if (published == null) {
            published = usable("date_modify", parse(dateModify), dateModify, passedOver);
        }
        if (published != null) {
            return new ResolvedDate(published, ResolvedDate.METADATA, reason(passedOver));
        }
        Instant fromUrl = usable("url date", at(UrlDate.find(url)), url, passedOver);
        if (fromUrl != null) {
            return new ResolvedDate(fromUrl, ResolvedDate.URL, reason(passedOver));
        }
        Instant fromText = usable("text date", at(textDate), textDate == null ? null : textDate.toString(), passedOver);
        if (fromText != null) {
            if (textNote != null) {
                passedOver.add(textNote);
            }
            return new ResolvedDate(fromText, ResolvedDate.TEXT, reason(passedOver));
        }
        Instant downloaded = usable("date_download", parse(dateDownload), dateDownload, passedOver);
        if (downloaded != null) {
            return new ResolvedDate(downloaded, ResolvedDate.DOWNLOAD, reason(passedOver));
        }
        return new ResolvedDate(null, ResolvedDate.NONE, reason(passedOver));
    }

    /** The instant when it is usable; null (with a reason when a value was there) otherwise. */
    private Instant usable(String field, Instant instant, String raw, List<String> passedOver) {
        if (instant == null) {
            if (isPresent(raw) && !field.equals("url date")) {
                passedOver.add(field + " unparseable: " + abbreviate(raw.strip()));
            }
            return null;
        }
        if (instant.atZone(ZoneOffset.UTC).getYear() < minYear) {
            passedOver.add(field + " before " + minYear + ": " + instant);
            return null;
        }
        if (instant.isAfter(latest)) {
            passedOver.add(field + " in the future: " + instant);
            return null;
        }
        return instant;
    }

    private static boolean isPresent(String value) {
        return value != null && !value.isBlank() && !value.strip().equalsIgnoreCase("none")
                && !value.strip().equalsIgnoreCase("null");
    }

    private static Instant at(LocalDate date) {
        return date == null ? null : date.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /**
     * Parses the metadata date formats news-please and common scrapers write (ISO with or without zone, RFC 1123,
     * "May 20, 2021", "20.05.2021", epoch seconds or milliseconds); null when none fits or the value is absent.
     */
    public static Instant parse(String value) {
        if (!isPresent(value)) {
            return null;
        }
        String v = value.strip();
        if (v.matches("[0-9]{10}|[0-9]{13}")) {
            long n = Long.parseLong(v);
            return v.length() == 10 ? Instant.ofEpochSecond(n) : Instant.ofEpochMilli(n);
        }
        for (DateTimeFormatter format : ZONED_FORMATS) {
            try {
                return ZonedDateTime.parse(v, format).toInstant();
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
            try {
                return OffsetDateTime.parse(v, format).toInstant();
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        for (DateTimeFormatter format : LOCAL_TIME_FORMATS) {
            try {
                return LocalDateTime.parse(v, format).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(v, format).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    private static String reason(List<String> passedOver) {
        return passedOver.isEmpty() ? null : String.join("; ", passedOver);
    }
}

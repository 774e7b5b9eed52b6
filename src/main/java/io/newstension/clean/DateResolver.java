package io.newstension.clean;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Picks an article's publication time from its metadata in order: {@code date_publish}, {@code date_modify},
 * then {@code date_download}. Values that are missing, {@code "None"}, unparseable, before {@code minYear} or more
 * than {@code maxFutureDays} after {@code now} are passed over, and the reason is kept. Times without a zone are
 * taken as UTC. {@code ("None", null, "2021-05-21 08:00:00")} resolves to 2021-05-21T08:00Z from {@code download}.
 */
public final class DateResolver implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private static final List<DateTimeFormatter> LOCAL_FORMATS = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS][.SSS]", Locale.ROOT),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm[:ss]", Locale.ROOT));

    private final int minYear;
    private final Instant latest;

    public DateResolver(int minYear, int maxFutureDays, Instant now) {
        this.minYear = minYear;
        this.latest = now.plusSeconds(86_400L * maxFutureDays);
    }

    public ResolvedDate resolve(String datePublish, String dateModify, String dateDownload) {
        List<String> passedOver = new ArrayList<>();
        Instant published = usable("date_publish", datePublish, passedOver);
        if (published == null) {
            published = usable("date_modify", dateModify, passedOver);
        }
        if (published != null) {
            return new ResolvedDate(published, ResolvedDate.METADATA, reason(passedOver));
        }
        Instant downloaded = usable("date_download", dateDownload, passedOver);
        if (downloaded != null) {
            return new ResolvedDate(downloaded, ResolvedDate.DOWNLOAD, reason(passedOver));
        }
        return new ResolvedDate(null, ResolvedDate.NONE, reason(passedOver));
    }

    private Instant usable(String field, String value, List<String> passedOver) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("none") || value.strip().equalsIgnoreCase("null")) {
            return null;
        }
        Instant instant = parse(value.strip());
        if (instant == null) {
            passedOver.add(field + " unparseable");
            return null;
        }
        if (instant.atZone(ZoneOffset.UTC).getYear() < minYear) {
            passedOver.add(field + " before " + minYear);
            return null;
        }
        if (instant.isAfter(latest)) {
            passedOver.add(field + " in the future");
            return null;
        }
        return instant;
    }

    /** Parses the metadata date formats news-please and common scrapers write; null when none fits. */
    public static Instant parse(String value) {
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next format
        }
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next format
        }
        for (DateTimeFormatter format : LOCAL_FORMATS) {
            try {
                return LocalDateTime.parse(value, format).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value, DateTimeFormatter.ISO_LOCAL_DATE)
                    .atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String reason(List<String> passedOver) {
        return passedOver.isEmpty() ? null : String.join("; ", passedOver);
    }
}

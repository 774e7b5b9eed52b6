package io.newstension.clean;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date many sites write into the URL path: {@code /2021/05/20/}, {@code /2021-05-20-title},
 * {@code /20210520/}. Only a full year-month-day counts (a bare {@code /2021/05/} is an archive page, not a day).
 * {@code https://example.org/news/2021/03/01/us-sanctions} gives 2021-03-01.
 */
public final class UrlDate {
    private static final Pattern SEPARATED = Pattern.compile(
            "(?<![0-9])((?:19|20)[0-9]{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12][0-9]|3[01])(?![0-9])");
    private static final Pattern COMPACT = Pattern.compile(
            "(?<![0-9])((?:19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])(?![0-9])");

    private UrlDate() {}

    /** The date in the URL's path; null when there is none or the URL does not parse. */
    public static LocalDate find(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String path;
        try {
            path = URI.create(url.strip().replace(" ", "%20")).getRawPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (path == null) {
            return null;
        }
        LocalDate date = first(SEPARATED.matcher(path));
        return date != null ? date : first(COMPACT.matcher(path));
    }

    private static LocalDate first(Matcher m) {
        while (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                // 2021/02/30 is a number, not a date: look further
            }
        }
        return null;
    }
}

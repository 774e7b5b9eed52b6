package io.newstension.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the dates Spark NLP's date matcher found in an article's dateline slice and picks one. The matcher is a
 * locator, not the judge: it fills a missing year with the current year and can read a stray number as the day
 * ("SRF 4 News, May 20, 2021" gives May 4). So each matched span is read again here: an explicit date in it
 * ("May 20, 2021", "20 May 2021", "2021-05-20", "20.05.2021") wins; else the matcher's date counts only when its year
 * is written in the span; a month and day without a year ("Feb 26") take the year of {@code date_download} (the
 * year before when that would be after the download) or are rejected; relative words ("yesterday") are rejected.
 * Of the dates that pass, the first in the slice is taken (the dateline before the byline).
 */
public final class TextDateChooser {
    /** A date matcher hit: span in the slice (end exclusive) and the matcher's reading. */
    public record Match(int begin, int end, LocalDate date) {}

    /** The chosen date, and how its year was found when not from the text (null when it was). */
    public record Choice(LocalDate date, String note) {}

    /**
     * A hit as the choice reads it: the matched span's text and the matcher's reading. What a text gives does not
     * depend on the record that carries it, so it is worked out once per distinct text; only the download date is
     * the record's.
     */
    public record Candidate(String span, LocalDate date) {}

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "(0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:1[89]|20)[0-9]{2})";
    private static final Pattern MONTH_DAY_YEAR = ci("(?<![\\p{L}])" + MONTH + " " + DAY + ",? " + YEAR + "(?![0-9])");
    private static final Pattern DAY_MONTH_YEAR = ci("(?<![0-9])" + DAY + "(?: of)? " + MONTH + ",? " + YEAR + "(?![0-9])");
    private static final Pattern ISO = Pattern.compile("(?<![0-9])" + YEAR + "-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(?![0-9])");
    private static final Pattern DOTTED = Pattern.compile("(?<![0-9.])" + "(0?[1-9]|[12][0-9]|3[01])\\.(0?[1-9]|1[0-2])\\." + YEAR + "(?![0-9])");
    private static final Pattern MONTH_DAY = ci("(?<![\\p{L}])" + MONTH + " " + DAY + "(?![0-9])");
    private static final Pattern DAY_MONTH = ci("(?<![0-9])" + DAY + "(?: of)? " + MONTH + "(?![\\p{L}])");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<![0-9])" + YEAR + "(?![0-9])");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private TextDateChooser() {}

    /** The first usable date among {@code matches} in {@code slice}; null when none passes. */
    public static Choice choose(String slice, List<Match> matches, LocalDate downloaded) {
        return choose(candidates(slice, matches), downloaded);
    }

    /** The hits of {@code matches} in {@code slice} in the order the choice reads them: first in the slice first. */
    public static List<Candidate> candidates(String slice, List<Match> matches) {
        if (slice == null || matches == null) {
            return List.of();
        }
        return matches.stream()
                .sorted(Comparator.comparingInt(Match::begin))
                .map(m -> new Candidate(span(slice, m), m.date()))
                .toList();
    }

    /** The first usable date among {@code candidates} (in slice order); null when none passes. */
    public static Choice choose(List<Candidate> candidates, LocalDate downloaded) {
        return candidates.stream()
                .map(c -> check(c.span(), c.date(), downloaded))
                .filter(c -> c != null)
                .findFirst()
                .orElse(null);
    }

    /** The reading of one matched span, or null when it is not a usable date. */
    static Choice check(String span, LocalDate matcherDate, LocalDate downloaded) {
        LocalDate explicit = explicit(span);
        if (explicit != null) {
            return new Choice(explicit, null);
        }
        if (matcherDate != null && writtenYears(span).contains(matcherDate.getYear())) {
            return new Choice(matcherDate, null);
        }
        if (downloaded == null) {
            return null;
        }
        LocalDate partial = monthDay(span, downloaded.getYear());
        if (partial == null) {
            return null;
        }
        LocalDate date = partial.isAfter(downloaded) ? partial.minusYears(1) : partial;
        return new Choice(date, "text date without a year: year from date_download");
    }

    /** An explicit full date written in {@code s}; null when there is none. */
    static LocalDate explicit(String s) {
        Matcher m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) {
            return date(m.group(3), month(m.group(1)), m.group(2));
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            return date(m.group(3), month(m.group(2)), m.group(1));
        }
        m = ISO.matcher(s);
        if (m.find()) {
            return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        m = DOTTED.matcher(s);
        if (m.find()) {
            return date(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
        }
        return null;
    }

    private static LocalDate monthDay(String s, int year) {
        Matcher m = MONTH_DAY.matcher(s);
        if (m.find()) {
            return date(String.valueOf(year), month(m.group(1)), m.group(2));
        }
        m = DAY_MONTH.matcher(s);
        if (m.find()) {
            return date(String.valueOf(year), month(m.group(2)), m.group(1));
        }
        return null;
    }

    private static List<Integer> writtenYears(String s) {
        return ANY_YEAR.matcher(s).results().map(r -> Integer.parseInt(r.group(1))).toList();
    }

    private static String span(String slice, Match m) {
        int begin = Math.max(0, Math.min(m.begin(), slice.length()));
        int end = Math.max(begin, Math.min(m.end(), slice.length()));
        return slice.substring(begin, end);
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }

    private static LocalDate date(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Pattern ci(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }
}

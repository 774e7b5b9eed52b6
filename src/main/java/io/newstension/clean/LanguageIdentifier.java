package io.newstension.clean;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An article's language as an ISO 639-1 code: the record's own tag when it has one ({@code "en-US"} and
 * {@code "EN"} give {@code en}), else detected by Lingua (offline n-gram models, in the job jar only those of
 * {@link io.newstension.config.ShippedLanguages}; low-accuracy mode: trigrams only, reliable from a few hundred
 * characters on) among {@code language.detect_among}, over the first {@value #SAMPLE_CHARS} characters. Null when the
 * text is too short or mixed to tell.
 */
public final class LanguageIdentifier implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int SAMPLE_CHARS = 800;
    /** One detector per JVM and language set: building one loads models, which must not happen per row. */
    private static final Map<List<String>, LanguageDetector> DETECTORS = new ConcurrentHashMap<>();

    private final List<String> candidates;

    public LanguageIdentifier(List<String> candidates) {
        this.candidates = List.copyOf(candidates);
        for (String c : this.candidates) {
            isoCode(c);
        }
    }

    /** The record's tag normalised, else the detected language; null when neither gives one. */
    public String identify(String recordLanguage, String text) {
        String tagged = normalise(recordLanguage);
        if (tagged != null) {
            return tagged;
        }
        if (text == null || text.isBlank()) {
            return null;
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Language detected = detector().detectLanguageOf(sample);
        return detected == Language.UNKNOWN ? null : detected.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    /** {@code "en-US"}, {@code "en_GB"}, {@code "EN"} to {@code "en"}; null for a missing or unusable tag. */
    static String normalise(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int sep = t.indexOf('-') >= 0 ? t.indexOf('-') : t.indexOf('_');
        if (sep > 0) {
            t = t.substring(0, sep);
        }
        return t.matches("[a-z]{2}") ? t : null;
    }

    private LanguageDetector detector() {
        return DETECTORS.computeIfAbsent(candidates, c -> LanguageDetectorBuilder
                .fromIsoCodes639_1(c.stream().map(LanguageIdentifier::isoCode).toArray(IsoCode639_1[]::new))
                .withLowAccuracyMode()
                .build());
    }

    private static IsoCode639_1 isoCode(String code) {
        try {
            return IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("language.detect_among: " + code + " is not a language the detector knows", e);
        }
    }
}

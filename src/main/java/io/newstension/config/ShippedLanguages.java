package io.newstension.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The languages whose Lingua models the job jar ships (ISO 639-1), the only ones {@code language.detect_among} may
 * name. The one list is the property {@code lingua.languages} in pom.xml: the build writes it into
 * {@value #RESOURCE} and the shade filter that drops the other models is made from it.
 */
public final class ShippedLanguages {
    static final String RESOURCE = "shipped-languages.properties";
    static final String POM_PROPERTY = "lingua.languages";

    /** Sorted codes, e.g. {@code [ar, de, en, ...]}. */
    public static final List<String> CODES = load();

    private ShippedLanguages() {}

    private static List<String> load() {
        Properties properties = new Properties();
        try (InputStream in = ShippedLanguages.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath: build with Maven");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String value = properties.getProperty("languages", "");
        if (!value.matches("[a-z]{2}(\\|[a-z]{2})*")) {
            throw new IllegalStateException(RESOURCE + ": expected ISO 639-1 codes separated by |, got '" + value
                    + "' (is the " + POM_PROPERTY + " property of pom.xml set and resource filtering on?)");
        }
        return Arrays.stream(value.split("\\|")).sorted().distinct().toList();
    }
}

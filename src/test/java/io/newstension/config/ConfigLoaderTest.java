package io.newstension.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void bundledDefaultsBindAndMatchConfTensionYaml() {
        TensionConfig config = ConfigLoader.load(null, List.of());
        assertEquals(List.of("data/sample"), config.input().paths());
        assertEquals("auto", config.input().format());
        assertEquals("output", config.output().path());
        assertEquals(List.of("day", "week", "month"), config.aggregate().granularities());
        assertEquals("sentence", config.comention().window());
    }

    @Test
    void aUserFileOnlyNeedsTheKeysItChanges() throws IOException {
        Path file = write("aggregate:\n  prior_strength: 7.5\n");
        TensionConfig config = ConfigLoader.load(file, List.of());
        assertEquals(7.5, config.aggregate().priorStrength());
        assertEquals(0.3, config.aggregate().priorTension(), "untouched keys keep their defaults");
    }

    @Test
    void setOverridesWinOverTheFileAndParseYamlValues() throws IOException {
        Path file = write("aggregate:\n  prior_strength: 7.5\n");
        TensionConfig config = ConfigLoader.load(file, List.of(
                ConfigLoader.Override.parse("aggregate.prior_strength=2"),
                ConfigLoader.Override.parse("aggregate.granularities=[month]")));
        assertEquals(2.0, config.aggregate().priorStrength());
        assertEquals(List.of("month"), config.aggregate().granularities());
    }

    @Test
    void unknownKeyInFileIsNamedWithASuggestion() throws IOException {
        Path file = write("aggregate:\n  prior_strenght: 3\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file, List.of()));
        assertTrue(e.getMessage().startsWith("aggregate.prior_strenght: unknown key"), e.getMessage());
        assertTrue(e.getMessage().contains("aggregate.prior_strength"), e.getMessage());
    }

    @Test
    void unknownKeyInSetIsNamed() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(null, List.of(ConfigLoader.Override.parse("nlp.countrys.enabled=false"))));
        assertTrue(e.getMessage().startsWith("nlp.countrys: unknown key"), e.getMessage());
    }

    @Test
    void wrongTypeNamesTheKeyAndTheExpectedType() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(null, List.of(ConfigLoader.Override.parse("aggregate.baseline_periods=many"))));
        assertTrue(e.getMessage().startsWith("aggregate.baseline_periods: expected an integer"), e.getMessage());
    }

    @Test
    void badValueNamesTheKeyAndTheAllowedValues() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(null, List.of(ConfigLoader.Override.parse("aggregate.granularities=[day, quarter]"))));
        assertTrue(e.getMessage().startsWith("aggregate.granularities: expected values from [day, month, week, year], got quarter"),
                e.getMessage());
    }

    @Test
    void crossFieldRuleNamesBothKeys() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(null, List.of(ConfigLoader.Override.parse("aggregate.min_baseline_periods=20"))));
        assertTrue(e.getMessage().startsWith("aggregate.min_baseline_periods: must not exceed aggregate.baseline_periods"),
                e.getMessage());
    }

    @Test
    void detectAmongALanguageWhoseModelTheJarDoesNotShipNamesTheKeyAndTheFix() {
        // From the declared list, not the classpath: tests see the full Lingua jar, the job jar only the shipped models.
        String notShipped = Arrays.stream(IsoCode639_1.values())
                .map(c -> c.name().toLowerCase(Locale.ROOT))
                .filter(c -> c.matches("[a-z]{2}") && !ShippedLanguages.CODES.contains(c))
                .findFirst().orElseThrow();
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null,
                List.of(ConfigLoader.Override.parse("language.detect_among=[en, de, " + notShipped + "]"))));
        assertTrue(e.getMessage().startsWith("language.detect_among: the job jar has no language model for [" + notShipped + "]"),
                e.getMessage());
        assertTrue(e.getMessage().contains("lingua.languages in pom.xml"), e.getMessage());
    }

    @Test
    void detectAmongMayNameEveryShippedLanguage() {
        TensionConfig config = ConfigLoader.load(null, List.of(ConfigLoader.Override.parse(
                "language.detect_among=[" + String.join(", ", ShippedLanguages.CODES) + "]")));
        assertEquals(ShippedLanguages.CODES, config.language().detectAmong());
    }

    @Test
    void aSectionReplacedByAScalarIsRejected() throws IOException {
        Path file = write("aggregate: 3\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file, List.of()));
        assertTrue(e.getMessage().startsWith("aggregate: expected a section"), e.getMessage());
    }

    @Test
    void invalidYamlNamesTheFile() throws IOException {
        Path file = write("aggregate: [unclosed\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file, List.of()));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("not valid YAML"), e.getMessage());
    }

    @Test
    void missingConfigFileIsAConfigError() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(dir.resolve("nope.yaml"), List.of()));
        assertTrue(e.getMessage().startsWith("--config:"), e.getMessage());
    }

    @Test
    void shufflePartitionsAreLeftToSparkByDefaultAndANumberIsChecked() {
        assertNull(ConfigLoader.load(null, List.of()).spark().shufflePartitions(), "null: Spark's own setting");
        assertEquals(8, ConfigLoader.load(null, List.of(ConfigLoader.Override.parse("spark.shuffle_partitions=8")))
                .spark().shufflePartitions());
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(null, List.of(ConfigLoader.Override.parse("spark.shuffle_partitions=0"))));
        assertTrue(e.getMessage().startsWith("spark.shuffle_partitions: expected null (Spark's own setting) or an integer"),
                e.getMessage());
        e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(null, List.of(ConfigLoader.Override.parse("spark.progress_seconds=-1"))));
        assertTrue(e.getMessage().startsWith("spark.progress_seconds: expected an integer >= 0"), e.getMessage());
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("user.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}

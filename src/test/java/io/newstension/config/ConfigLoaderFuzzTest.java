package io.newstension.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newstension.Fuzz;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzz properties of {@link ConfigLoader}: any YAML file and any {@code --set} list give a valid config or a
 * {@link ConfigException} naming the problem, never another exception; a config that loads reloads the same from
 * its own effective tree.
 */
@Tag(Fuzz.TAG)
class ConfigLoaderFuzzTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, List<String>> KEYS = keys();
    private static final Path DIR = tempDir();

    @Property
    void anyFileAndOverridesLoadOrFailWithAConfigException(@ForAll("yaml") String yaml, @ForAll("overrides") List<String> sets) {
        Path file = write(yaml);
        TensionConfig config;
        try {
            List<ConfigLoader.Override> overrides = new ArrayList<>();
            for (String set : sets) {
                overrides.add(ConfigLoader.Override.parse(set));
            }
            config = ConfigLoader.load(file, overrides);
        } catch (ConfigException expected) {
            assertFalse(expected.getMessage() == null || expected.getMessage().isBlank());
            return;
        }
        Map<String, Object> effective = ConfigLoader.toMap(config);
        try {
            assertEquals(config, ConfigLoader.load(write(YAML.writeValueAsString(effective)), List.of()),
                    "the effective config does not reload as itself");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property
    void anOverrideOfAnythingButAKnownKeyFails(@ForAll("unknownKeys") String key) {
        assertThrows(ConfigException.class, () -> ConfigLoader.load(null, List.of(ConfigLoader.Override.parse(key + "=1"))),
                "--set " + key + "=1 was accepted");
    }

    @Example
    void seedConfigsLoadOrFailWithAConfigException() {
        for (String seed : Fuzz.seeds("config.txt")) {
            anyFileAndOverridesLoadOrFailWithAConfigException(seed, List.of());
        }
        for (String seed : Fuzz.seeds("overrides.txt")) {
            anyFileAndOverridesLoadOrFailWithAConfigException("", List.of(seed));
        }
    }

    @Example
    void overridingASectionTurnedEmptyIsAConfigException() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, List.of(
                ConfigLoader.Override.parse("input.format={}"), ConfigLoader.Override.parse("input.format=csv"))));
        assertFalse(e.getMessage().isBlank());
    }

    /** Regressions: these keys name nothing and were once silently ignored. */
    @Example
    void keysWithEmptyPartsFail() {
        for (String set : List.of(".=1", "..=1", "input.=csv", "input.format.=csv")) {
            assertThrows(ConfigException.class, () -> ConfigLoader.load(null, List.of(ConfigLoader.Override.parse(set))), set);
        }
    }

    @AfterContainer
    static void removeFiles() throws IOException {
        try (var files = Files.list(DIR)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(DIR);
    }

    private static Path write(String yaml) {
        try {
            Path file = Files.createTempFile(DIR, "config", ".yaml");
            Files.write(file, yaml.getBytes(StandardCharsets.UTF_8));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("config-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The defaults' sections and their keys, with a nested section's keys as "section.key". */
    private static Map<String, List<String>> keys() {
        Map<String, List<String>> keys = new java.util.TreeMap<>();
        ConfigLoader.defaults().fields().forEachRemaining(section -> {
            List<String> names = new ArrayList<>();
            section.getValue().fields().forEachRemaining(k -> {
                if (k.getValue().isObject()) {
                    k.getValue().fieldNames().forEachRemaining(inner -> names.add(k.getKey() + "." + inner));
                }
                names.add(k.getKey());
            });
            keys.put(section.getKey(), names);
        });
        return keys;
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.of("null", "~", "true", "false", "0", "-1", "1", "2", "5", "1000", "100000", "0.5", "1.5",
                        ".nan", ".inf", "-.inf", "1e10", "99999999999999999999", "0x10", "''", "\"\"", "[]", "{}",
                        "[en]", "[en, de]", "[day, week]", "[day, day]", "[null]", "{a: 1}", "csv", "auto", "overwrite",
                        "incremental", "sentence", "document", "\",\"", "'\"'", "\"\\t\"", "data/x", "!!str 5",
                        "&x 3", "*x", "[a, [b, [c]]]", "'unterminated", "|\n  block", "- a"),
                Fuzz.messyText(10).map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""),
                Arbitraries.integers().map(String::valueOf));
    }

    @Provide
    Arbitrary<String> yaml() {
        Arbitrary<String> section = Arbitraries.oneOf(Arbitraries.of(List.copyOf(KEYS.keySet())),
                Arbitraries.of("inputs", "Input", "nlp ", "x"));
        Arbitrary<String> entry = section.flatMap(s -> {
            List<String> names = KEYS.getOrDefault(s, List.of("key"));
            Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of(names),
                    Arbitraries.of(names).map(n -> n.replace('_', '-')), Arbitraries.strings().alpha().ofMaxLength(4));
            return Combinators.combine(key, values()).as((k, v) -> {
                String[] parts = k.split("\\.", 2);
                return parts.length == 2 ? s + ":\n  " + parts[0] + ":\n    " + parts[1] + ": " + v
                        : s + ":\n  " + k + ": " + v;
            });
        });
        return Fuzz.withSeeds("config.txt", Arbitraries.oneOf(
                entry.list().ofMaxSize(4).map(l -> String.join("\n", l)),
                entry.list().ofMaxSize(3).map(l -> String.join("\n", l)).flatMap(this::mutated),
                Fuzz.messyText(60)));
    }

    private Arbitrary<String> mutated(String yaml) {
        return Arbitraries.integers().between(0, yaml.length()).flatMap(at -> Arbitraries.of(
                        ":", " ", "\n", "\t", "-", "[", "{", "'", "\"", "&a", "*a", "!!", "#", "---", "\u0000")
                .map(s -> yaml.substring(0, at) + s + yaml.substring(at)));
    }

    @Provide
    Arbitrary<String> unknownKeys() {
        List<String> known = KEYS.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(k -> e.getKey() + "." + k)).toList();
        Arbitrary<String> near = Arbitraries.of(known).flatMap(k -> Arbitraries.integers().between(0, k.length())
                .flatMap(at -> Arbitraries.of(".", "..", "x", "").map(s -> k.substring(0, at) + s + k.substring(at))));
        return Arbitraries.oneOf(near, Fuzz.messyText(8), Arbitraries.of(".", "..", "...", "input..format", ".input"))
                .map(String::strip)
                .filter(k -> !k.isEmpty() && !k.contains("=") && !isLeaf(k));
    }

    /** A key the defaults hold as a value, not a section: {@code input.format}, {@code nlp.ner.model}. */
    private static boolean isLeaf(String key) {
        com.fasterxml.jackson.databind.JsonNode node = ConfigLoader.defaults();
        for (String part : key.split("\\.", -1)) {
            node = node == null ? null : node.get(part);
        }
        return node != null && !node.isObject();
    }

    @Provide
    Arbitrary<List<String>> overrides() {
        Arbitrary<String> key = Arbitraries.oneOf(
                Arbitraries.of(List.copyOf(KEYS.keySet())).flatMap(s -> Arbitraries.of(KEYS.get(s)).map(k -> s + "." + k)),
                Arbitraries.of(List.copyOf(KEYS.keySet())),
                Arbitraries.of("", ".", "..", "input.", ".input", "x.y", "input.format.deeper", "nlp.ner.model.x"));
        Arbitrary<String> set = Combinators.combine(key, values(), Arbitraries.of("=", "=", " = ", ""))
                .as((k, v, eq) -> k + eq + v);
        return Arbitraries.oneOf(set, Fuzz.withSeeds("overrides.txt", Fuzz.messyText(20))).list().ofMaxSize(3);
    }
}

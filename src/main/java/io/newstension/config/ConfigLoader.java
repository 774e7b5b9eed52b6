package io.newstension.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the effective {@link TensionConfig}: the defaults bundled from {@code conf/tension.yaml}, then the user's
 * file laid over them, then {@code --set key=value} overrides. Unknown keys, wrong types and bad values fail with a
 * {@link ConfigException} that names the dotted key.
 */
public final class ConfigLoader {
    /** Classpath copy of {@code conf/tension.yaml}, packaged by the build. */
    public static final String DEFAULTS_RESOURCE = "/conf/tension.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ConfigLoader() {}

    /** Loads the defaults, lays {@code file} (may be null) and then {@code overrides} over them, and binds the result. */
    public static TensionConfig load(Path file, List<Override> overrides) {
        ObjectNode tree = defaults();
        if (file != null) {
            JsonNode user = readFile(file);
            if (!user.isNull() && !user.isMissingNode()) {
                if (!user.isObject()) {
                    throw new ConfigException(file + ": expected a YAML mapping of sections (input:, output:, ...)");
                }
                merge(tree, (ObjectNode) user, "");
            }
        }
        for (Override override : overrides) {
            applyOverride(tree, override);
        }
        return bind(tree);
    }

    /** The effective configuration as a tree, for the run report. */
    public static Map<String, Object> toMap(TensionConfig config) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = YAML.convertValue(config, Map.class);
        return map;
    }

    static ObjectNode defaults() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the job jar lacks " + DEFAULTS_RESOURCE + "; rebuild it with mvn package");
            }
            return (ObjectNode) YAML.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled defaults " + DEFAULTS_RESOURCE, e);
        }
    }

    private static JsonNode readFile(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ConfigException("--config: " + file + " is not a readable file; give the path of a YAML config");
        }
        try {
            JsonNode node = YAML.readTree(file.toFile());
            return node == null ? NullNode.getInstance() : node;
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ": not valid YAML (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new ConfigException("--config: cannot read " + file + " (" + e.getMessage() + ")");
        }
    }

    private static void merge(ObjectNode base, ObjectNode overlay, String prefix) {
        Iterator<Map.Entry<String, JsonNode>> fields = overlay.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = prefix + field.getKey();
            JsonNode current = base.get(field.getKey());
            if (current == null) {
                throw unknownKey(key, base);
            }
            if (current.isObject() && field.getValue().isObject()) {
                merge((ObjectNode) current, (ObjectNode) field.getValue(), key + ".");
            } else if (current.isObject()) {
                throw new ConfigException(key + ": expected a section (a mapping of keys), got " + field.getValue());
            } else {
                base.set(field.getKey(), field.getValue());
            }
        }
    }

    /** One key replaced on top of the files: from {@code --set key=value} or from a command-line option. */
    public record Override(String key, JsonNode value) {
        /** Parses {@code key=value}; the value is read as YAML, so {@code [day, month]} is a list and {@code 5} a number. */
        public static Override parse(String keyValue) {
            int eq = keyValue.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException("--set " + keyValue + ": expected key=value, e.g. --set aggregate.prior_strength=5");
            }
            String key = keyValue.substring(0, eq).trim();
            return new Override(key, parseValue(key, keyValue.substring(eq + 1)));
        }

        /** An override with a plain Java value (string, number, list). */
        public static Override of(String key, Object value) {
            return new Override(key, YAML.valueToTree(value));
        }
    }

    private static void applyOverride(ObjectNode tree, Override override) {
        String key = override.key();
        // -1 keeps empty parts: "." and "input." name no key and must fail, not vanish.
        String[] parts = key.split("\\.", -1);
        ObjectNode parent = tree;
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            JsonNode child = parent.get(parts[i]);
            String soFar = path.append(i == 0 ? "" : ".").append(parts[i]).toString();
            if (child == null) {
                throw unknownKey(soFar, parent);
            }
            if (i == parts.length - 1) {
                if (child.isObject()) {
                    // An earlier --set can have made a key an empty mapping: there is no key to suggest then.
                    throw new ConfigException("--set " + key + ": is a section; set one of its keys"
                            + (child.isEmpty() ? "" : ", e.g. " + key + "." + child.fieldNames().next() + "=..."));
                }
                parent.set(parts[i], override.value());
            } else if (child.isObject()) {
                parent = (ObjectNode) child;
            } else {
                throw new ConfigException("--set " + key + ": " + soFar + " is not a section");
            }
        }
    }

    private static JsonNode parseValue(String key, String text) {
        try {
            JsonNode value = YAML.readTree(text.isBlank() ? "null" : text);
            return value == null ? NullNode.getInstance() : value;
        } catch (JsonProcessingException e) {
            throw new ConfigException("--set " + key + ": cannot read value '" + text + "' (" + e.getOriginalMessage() + ")");
        }
    }

    private static TensionConfig bind(ObjectNode tree) {
        try {
            return YAML.treeToValue(tree, TensionConfig.class);
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof ConfigException ce) {
                throw ce;
            }
            throw new ConfigException(path(e) + ": " + e.getOriginalMessage(), e);
        } catch (InvalidFormatException e) {
            throw new ConfigException(path(e) + ": expected " + typeName(e.getTargetType()) + ", got '" + e.getValue() + "'");
        } catch (MismatchedInputException e) {
            throw new ConfigException(path(e) + ": expected " + typeName(e.getTargetType()) + " ("
                    + e.getOriginalMessage().split("\n")[0] + ")");
        } catch (JsonMappingException e) {
            throw new ConfigException(path(e) + ": " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new ConfigException("config: " + e.getOriginalMessage(), e);
        }
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list, e.g. [a, b]";
        }
        if (type == Integer.class || type == int.class) {
            return "an integer";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        return "a section (a mapping of keys)";
    }

    private static ConfigException unknownKey(String key, ObjectNode siblings) {
        String last = key.substring(key.lastIndexOf('.') + 1);
        List<String> names = new ArrayList<>();
        siblings.fieldNames().forEachRemaining(names::add);
        String hint = names.stream()
                .min(Comparator.comparingInt(n -> editDistance(n, last)))
                .filter(n -> editDistance(n, last) <= Math.max(2, last.length() / 3))
                .map(n -> "; did you mean '" + (key.contains(".") ? key.substring(0, key.lastIndexOf('.') + 1) : "") + n + "'?")
                .orElse("; known keys here: " + names);
        return new ConfigException(key + ": unknown key" + hint);
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

package io.newstension.score;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The scoring lexicons bundled under {@code /lexicons/} on the classpath: VADER valences and modifiers,
 * CAMEO verb phrases, Goldstein weights per CAMEO code and the GPR word sets.
 *
 * <p>The tables are built by tools/lexicons/build_lexicons.py (sources and licences in
 * {@code lexicons/NOTICE-lexicons.md}). They are checked on load: a malformed row or a phrase whose code
 * has no Goldstein weight fails with the file and line. {@link #loadDefault()} loads them once per JVM;
 * a serialised instance is written as a reference and resolves to that JVM-wide instance, so shipping a
 * scorer to Spark executors does not copy the tables.
 */
public final class Lexicons implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String DIR = "/lexicons/";

    private final transient Map<String, Double> valence;
    private final transient Map<String, Double> boosters;
    private final transient Set<String> negators;
    private final transient Set<String> eventNegators;
    private final transient Set<String> hedges;
    private final transient double negationScalar;
    private final transient double hedgeWeight;
    private final transient Map<String, EventCode> codes;
    private final transient EventIndex events;
    private final transient GprIndex gpr;

    private static final class Holder {
        static final Lexicons DEFAULT = new Lexicons();
    }

    /** The bundled lexicons, loaded on first use and shared by every caller in this JVM. */
    public static Lexicons loadDefault() {
        return Holder.DEFAULT;
    }

    private Lexicons() {
        codes = new HashMap<>();
        read("goldstein.tsv", 4, r -> codes.put(r[0],
                new EventCode(r[0], Double.parseDouble(r[1]), r[2], Integer.parseInt(r[3]))));

        valence = new HashMap<>();
        read("vader.tsv", 2, r -> valence.put(r[0], Double.parseDouble(r[1])));

        boosters = new HashMap<>();
        negators = new HashSet<>();
        eventNegators = new HashSet<>();
        hedges = new HashSet<>();
        double[] scalars = {Double.NaN, Double.NaN};
        read("modifiers.tsv", 3, r -> {
            double value = Double.parseDouble(r[2]);
            switch (r[1]) {
                case "negator" -> {
                    negators.add(r[0]);
                    scalars[0] = value;
                }
                case "booster" -> boosters.put(r[0], value);
                case "event_negator" -> eventNegators.add(r[0]);
                case "hedge" -> {
                    hedges.add(r[0]);
                    scalars[1] = value;
                }
                default -> throw new IllegalArgumentException(
                        "kind: expected negator|booster|event_negator|hedge, got " + r[1]);
            }
        });
        negationScalar = scalars[0];
        hedgeWeight = scalars[1];
        eventNegators.addAll(negators);

        List<EventIndex.Row> rows = new ArrayList<>();
        read("cameo_verbs.tsv", 3, r -> {
            if (!r[1].equals(EventIndex.NO_EVENT) && !codes.containsKey(r[1])) {
                throw new IllegalArgumentException("code: expected a CAMEO code listed in goldstein.tsv, got " + r[1]);
            }
            String[] tokens = r[0].split(" ");
            int verbTokens = Integer.parseInt(r[2]);
            if (verbTokens < 1 || verbTokens > tokens.length) {
                throw new IllegalArgumentException("verb_tokens: expected 1.." + tokens.length + ", got " + r[2]);
            }
            rows.add(new EventIndex.Row(tokens, r[1], verbTokens));
        });
        events = EventIndex.of(rows);

        List<String[]> gprRows = new ArrayList<>();
        read("gpr_terms.tsv", 2, gprRows::add);
        gpr = GprIndex.of(gprRows);
    }

    /** Calls {@code sink} with the columns of every non-comment row; wraps row errors with file:line. */
    private static void read(String name, int columns, Consumer<String[]> sink) {
        try (InputStream in = Lexicons.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("lexicon " + DIR + name + " is missing from the classpath;"
                        + " run tools/lexicons/build_lexicons.py");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                try {
                    if (cols.length != columns) {
                        throw new IllegalArgumentException("expected " + columns + " columns, got " + cols.length);
                    }
                    sink.accept(cols);
                } catch (RuntimeException e) {
                    throw new IllegalStateException(DIR + name + ":" + lineNo + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + DIR + name, e);
        }
    }

    /** VADER valence of a lowercase token, or null when it carries none. */
    Double valence(String token) {
        return valence.get(token);
    }

    /** VADER booster increment of a token (±0.293), or null. */
    Double booster(String token) {
        return boosters.get(token);
    }

    /** Whether a token negates the sentiment words that follow (VADER's list, plus any "n't" word). */
    boolean isNegator(String token) {
        return negators.contains(token) || token.endsWith("n't");
    }

    /** Whether a token denies an event verb that follows ("not", "never", "refused", "failed", ...). */
    boolean isEventNegator(String token) {
        return eventNegators.contains(token) || token.endsWith("n't");
    }

    boolean isHedge(String token) {
        return hedges.contains(token);
    }

    /** VADER's N_SCALAR: a negated valence is multiplied by it. */
    double negationScalar() {
        return negationScalar;
    }

    /** The weight of event cues in a hedged sentence. */
    double hedgeWeight() {
        return hedgeWeight;
    }

    /** The CAMEO code's Goldstein weight, name and quad class, or null for an unknown code. */
    EventCode eventCode(String code) {
        return codes.get(code);
    }

    EventIndex events() {
        return events;
    }

    GprIndex gpr() {
        return gpr;
    }

    private Object writeReplace() {
        return new DefaultRef();
    }

    /** What a serialised {@link Lexicons} becomes: a marker that resolves to the JVM-wide instance. */
    private static final class DefaultRef implements Serializable {
        private static final long serialVersionUID = 1L;

        private Object readResolve() {
            return loadDefault();
        }
    }
}

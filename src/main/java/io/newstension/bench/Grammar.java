package io.newstension.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The sentence grammar of the benchmark corpus: named rules whose alternatives are templates with slots and inline
 * choices. {@code "{P} [met|held talks with] {Q} in {KA}[ on {DAY}|]."} has the slots {@code P}, {@code Q},
 * {@code KA}, {@code DAY} and two choices (the second may pick nothing). A slot names either a rule of the grammar or
 * one of the article's entities, which the caller fills. Templates are parsed once, so rendering only walks parts.
 */
final class Grammar {
    /** A piece of a template. */
    sealed interface Part permits Literal, Slot, Choice {}

    /** Fixed text. */
    record Literal(String text) implements Part {}

    /** A rule or entity to fill in. */
    record Slot(String name) implements Part {}

    /** One of several part sequences, picked at random. */
    record Choice(List<List<Part>> options) implements Part {}

    private final Map<String, List<List<Part>>> rules = new HashMap<>();

    /** Adds a rule: each alternative is a template. */
    Grammar rule(String name, String... alternatives) {
        List<List<Part>> parsed = rules.computeIfAbsent(name, n -> new ArrayList<>());
        for (String alternative : alternatives) {
            parsed.add(parse(alternative));
        }
        return this;
    }

    /** Adds a word list: words separated by blanks, {@code _} standing for a blank inside an item ("natural_gas"). */
    Grammar words(String name, String list) {
        List<List<Part>> parsed = rules.computeIfAbsent(name, n -> new ArrayList<>());
        for (String word : split(list)) {
            parsed.add(List.of(new Literal(word)));
        }
        return this;
    }

    /**
     * Adds nouns as two rules, {@code name} (singular) and {@code name + "s"} (plural). An item is {@code crisis/crises}
     * where the plural is irregular, else the plural is made by the usual English rules.
     */
    Grammar nouns(String name, String list) {
        List<String> singular = new ArrayList<>();
        List<String> plural = new ArrayList<>();
        for (String item : split(list)) {
            String[] forms = item.split("/");
            singular.add(forms[0]);
            plural.add(forms.length > 1 ? forms[1] : plural(forms[0]));
        }
        return literalWords(name, singular).literalWords(name + "s", plural);
    }

    /**
     * Adds verbs as four rules: {@code name} (base), {@code name_ed} (past), {@code name_en} (participle),
     * {@code name_ing}. An item is {@code base}, or {@code base/past/participle/gerund} with trailing forms optional
     * ({@code strike/struck}, {@code ban/banned/banned/banning}); missing forms follow the regular rules.
     */
    Grammar verbs(String name, String list) {
        List<String> base = new ArrayList<>();
        List<String> past = new ArrayList<>();
        List<String> participle = new ArrayList<>();
        List<String> gerund = new ArrayList<>();
        for (String item : split(list)) {
            String[] forms = item.split("/");
            base.add(forms[0]);
            String ed = forms.length > 1 ? forms[1] : past(forms[0]);
            past.add(ed);
            participle.add(forms.length > 2 ? forms[2] : ed);
            gerund.add(forms.length > 3 ? forms[3] : gerund(forms[0]));
        }
        return literalWords(name, base).literalWords(name + "_ed", past).literalWords(name + "_en", participle)
                .literalWords(name + "_ing", gerund);
    }

    /** The parsed alternatives of a rule, or null when the grammar has no such rule. */
    List<List<Part>> alternatives(String name) {
        return rules.get(name);
    }

    /** Checks that every slot names a rule or one of {@code entities}, so that rendering can never meet an unknown. */
    Grammar checked(Set<String> entities) {
        for (Map.Entry<String, List<List<Part>>> rule : rules.entrySet()) {
            for (List<Part> alternative : rule.getValue()) {
                check(rule.getKey(), alternative, entities);
            }
        }
        return this;
    }

    private void check(String rule, List<Part> parts, Set<String> entities) {
        for (Part part : parts) {
            if (part instanceof Slot slot && !rules.containsKey(slot.name()) && !entities.contains(slot.name())) {
                throw new IllegalStateException("rule " + rule + " uses the unknown slot {" + slot.name() + "}");
            } else if (part instanceof Choice choice) {
                for (List<Part> option : choice.options()) {
                    check(rule, option, entities);
                }
            }
        }
    }

    private Grammar literalWords(String name, List<String> items) {
        List<List<Part>> parsed = rules.computeIfAbsent(name, n -> new ArrayList<>());
        for (String item : items) {
            parsed.add(List.of(new Literal(item)));
        }
        return this;
    }

    /** Parses a template; {@code [}, {@code |}, {@code ]}, <code>{</code> and <code>}</code> are reserved. */
    static List<Part> parse(String template) {
        int[] at = {0};
        List<Part> parts = sequence(template, at);
        if (at[0] != template.length()) {
            throw new IllegalArgumentException("unbalanced '" + template.charAt(at[0]) + "' at " + at[0] + " in: " + template);
        }
        return parts;
    }

    private static List<Part> sequence(String t, int[] at) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        while (at[0] < t.length()) {
            char c = t.charAt(at[0]);
            if (c == ']' || c == '|') {
                break;
            }
            at[0]++;
            if (c == '{') {
                int end = t.indexOf('}', at[0]);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed slot in: " + t);
                }
                flush(literal, parts);
                parts.add(new Slot(t.substring(at[0], end)));
                at[0] = end + 1;
            } else if (c == '[') {
                flush(literal, parts);
                List<List<Part>> options = new ArrayList<>();
                options.add(sequence(t, at));
                while (at[0] < t.length() && t.charAt(at[0]) == '|') {
                    at[0]++;
                    options.add(sequence(t, at));
                }
                if (at[0] >= t.length() || t.charAt(at[0]) != ']') {
                    throw new IllegalArgumentException("unclosed choice in: " + t);
                }
                at[0]++;
                parts.add(new Choice(List.copyOf(options)));
            } else {
                literal.append(c);
            }
        }
        flush(literal, parts);
        return List.copyOf(parts);
    }

    private static void flush(StringBuilder literal, List<Part> parts) {
        if (!literal.isEmpty()) {
            parts.add(new Literal(literal.toString()));
            literal.setLength(0);
        }
    }

    private static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        for (String item : list.trim().split("\\s+")) {
            out.add(item.replace('_', ' '));
        }
        return out;
    }

    static String plural(String noun) {
        if (noun.matches(".*(s|x|z|ch|sh)")) {
            return noun + "es";
        }
        if (noun.matches(".*[^aeiou]y")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }

    static String past(String verb) {
        if (verb.endsWith("e")) {
            return verb + "d";
        }
        if (verb.matches(".*[^aeiou]y")) {
            return verb.substring(0, verb.length() - 1) + "ied";
        }
        return verb + "ed";
    }

    static String gerund(String verb) {
        if (verb.endsWith("ie")) {
            return verb.substring(0, verb.length() - 2) + "ying";
        }
        if (verb.endsWith("e") && !verb.endsWith("ee")) {
            return verb.substring(0, verb.length() - 1) + "ing";
        }
        return verb + "ing";
    }

    /** "a" or "an" before {@code word}, by its first sound as spelling suggests it. */
    static String indefinite(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        boolean vowel = !w.isEmpty() && "aeiou".indexOf(w.charAt(0)) >= 0
                && !w.startsWith("uni") && !w.startsWith("use") && !w.startsWith("usu") && !w.startsWith("eu")
                && !w.startsWith("one");
        return vowel ? "an" : "a";
    }
}

package io.newstension.nlp.ner.train;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Entity-level NER scoring: a predicted entity counts only when its span and type equal a gold entity's. */
public final class EntityScore {
    /** Pooled counts over all types, under {@value}. */
    public static final String ALL = "ALL";

    /** One entity: tokens {@code [start, end)} of a sentence, and its type. */
    public record Span(int start, int end, String type) {}

    /** True positives, false positives and false negatives of one type, with the usual ratios. */
    public record Counts(int tp, int fp, int fn) {
        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final Map<String, Counts> byType = new TreeMap<>();

    /**
     * Entities of one sentence's IOB tags ("B-PER", "I-PER", "O"; IOB1 and IOB2 both read). An I- tag that does not
     * continue an entity of its type starts one, as CoNLL's conlleval does.
     */
    public static List<Span> spans(List<String> tags) {
        List<Span> spans = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String tagType = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : null;
            boolean continues = tag.startsWith("I-") && tagType.equals(type);
            if (type != null && !continues) {
                spans.add(new Span(start, i, type));
                type = null;
            }
            if (tagType != null && !continues) {
                start = i;
                type = tagType;
            }
        }
        return spans;
    }

    /** Adds one sentence; the two tag lists must be token-aligned. */
    public void add(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("expected token-aligned tags, got " + gold.size() + " gold and "
                    + predicted.size() + " predicted");
        }
        Set<Span> goldSpans = new HashSet<>(spans(gold));
        Set<Span> predictedSpans = new HashSet<>(spans(predicted));
        for (Span s : predictedSpans) {
            count(s.type(), goldSpans.contains(s) ? new Counts(1, 0, 0) : new Counts(0, 1, 0));
        }
        for (Span s : goldSpans) {
            if (!predictedSpans.contains(s)) {
                count(s.type(), new Counts(0, 0, 1));
            }
        }
    }

    private void count(String type, Counts c) {
        byType.merge(type, c, Counts::plus);
        byType.merge(ALL, c, Counts::plus);
    }

    /** Counts per entity type plus {@link #ALL}, sorted by type. */
    public Map<String, Counts> counts() {
        return new TreeMap<>(byType);
    }
}

package io.newstension.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Mention-level scoring of one document: a predicted span is a true positive when a gold span of the same type has
 * exactly the same offsets (and, for countries, the same ISO3 id). Each gold span is used at most once.
 */
public final class MentionScorer {
    private MentionScorer() {}

    /** Counts plus the predicted spans that matched nothing and the gold spans left unmatched. */
    public record Result(Prf prf, List<Span> falsePositives, List<Span> falseNegatives) {}

    public static Result score(Collection<Span> gold, Collection<Span> predicted, String type) {
        List<Span> open = new ArrayList<>(gold.stream().filter(s -> s.type().equals(type)).toList());
        List<Span> spurious = new ArrayList<>();
        long tp = 0;
        for (Span p : predicted) {
            if (!p.type().equals(type)) {
                continue;
            }
            if (open.remove(p)) {
                tp++;
            } else {
                spurious.add(p);
            }
        }
        return new Result(new Prf(tp, spurious.size(), open.size()), spurious, open);
    }
}

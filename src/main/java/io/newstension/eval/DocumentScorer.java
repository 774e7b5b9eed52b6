package io.newstension.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Document-level scoring of one article: countries as sets of ISO3 ids, persons as names matched with
 * {@link NameMatcher}. Each gold person counts once however many predicted names match it ("Lavrov" and
 * "Sergey Lavrov" both predicted is one true positive); a predicted name matching no gold person is a false positive.
 */
public final class DocumentScorer {
    private DocumentScorer() {}

    /** Counts plus what was wrong: ids or names predicted but not in the gold, and gold ones not predicted. */
    public record Result(Prf prf, List<String> falsePositives, List<String> falseNegatives) {}

    public static Result countries(Set<String> gold, Set<String> predicted) {
        Set<String> fp = new TreeSet<>(predicted);
        fp.removeAll(gold);
        Set<String> fn = new TreeSet<>(gold);
        fn.removeAll(predicted);
        long tp = gold.size() - fn.size();
        return new Result(new Prf(tp, fp.size(), fn.size()), List.copyOf(fp), List.copyOf(fn));
    }

    public static Result persons(List<String> gold, Collection<String> predicted) {
        Set<String> names = new LinkedHashSet<>(predicted);
        boolean[] found = new boolean[gold.size()];
        List<String> spurious = new ArrayList<>();
        for (String name : names) {
            boolean matched = false;
            for (int g = 0; g < gold.size(); g++) {
                if (NameMatcher.sameName(gold.get(g), name)) {
                    found[g] = true;
                    matched = true;
                }
            }
            if (!matched) {
                spurious.add(name);
            }
        }
        List<String> missed = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (!found[g]) {
                missed.add(gold.get(g));
            }
        }
        long tp = gold.size() - missed.size();
        return new Result(new Prf(tp, spurious.size(), missed.size()), spurious, missed);
    }
}

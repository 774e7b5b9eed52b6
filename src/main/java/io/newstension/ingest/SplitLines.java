package io.newstension.ingest;

import java.io.Serializable;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many lines one split of a file holds, the split named by its file and byte offset. The first pass of the
 * JSON-lines reader collects one of these per split on the driver; {@link #firstLines} turns them into the number
 * each split's first line has in its file, so the parsing pass numbers lines exactly as a whole-file read would.
 */
final class SplitLines implements Serializable {
    private static final long serialVersionUID = 1L;

    // A class, not a record: Kryo (the job's serializer, which carries task results) cannot build records.
    private final String file;
    private final long start;
    private final long lines;

    SplitLines(String file, long start, long lines) {
        this.file = file;
        this.start = start;
        this.lines = lines;
    }

    /**
     * The 1-based number of each split's first line, keyed by {@link #key}: one plus the lines of the same file's
     * splits that start before it. Example: splits of f at 0, 4096, 8192 holding 10, 12, 3 lines start at 1, 11, 23.
     */
    static Map<String, Long> firstLines(Collection<SplitLines> splits) {
        List<SplitLines> ordered = splits.stream()
                .sorted(Comparator.comparing((SplitLines s) -> s.file).thenComparingLong(s -> s.start)).toList();
        Map<String, Long> first = new HashMap<>();
        String file = null;
        long before = 0;
        for (SplitLines split : ordered) {
            if (!split.file.equals(file)) {
                file = split.file;
                before = 0;
            }
            first.put(key(split.file, split.start), before + 1);
            before += split.lines;
        }
        return first;
    }

    static String key(String file, long start) {
        return start + "@" + file;
    }
}

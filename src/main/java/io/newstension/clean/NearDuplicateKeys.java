package io.newstension.clean;

import io.newstension.config.TensionConfig;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A text's near-duplicate keys as {@code dedup} configures them: its MinHash LSH band keys, none when switched off. */
public final class NearDuplicateKeys implements Serializable {
    private static final long serialVersionUID = 1L;
    /** MinHash seed: fixed so that the same corpus gives the same duplicates on every run. */
    static final long SEED = 20_210_520L;
    static final scala.collection.Seq<Long> NONE = scala.collection.immutable.List$.MODULE$.empty();

    private final MinHashBands bands;
    private final int shingleWords;
    private final String scheme;

    public NearDuplicateKeys(TensionConfig.Dedup config) {
        this.bands = config.nearDuplicates() ? new MinHashBands(config.bands(), config.rowsPerBand(), SEED) : null;
        this.shingleWords = config.shingleWords();
        this.scheme = config.nearDuplicates()
                ? "minhash-b" + config.bands() + "-r" + config.rowsPerBand() + "-w" + shingleWords + "-s" + SEED
                : "off";
    }

    /**
     * The settings that decide the band keys, e.g. {@code minhash-b25-r4-w5-s20210520}; {@code off} without
     * near-duplicates. Stored with the keys: keys stored under another scheme are not comparable and are made again.
     */
    public String scheme() {
        return scheme;
    }

    /** Whether near-duplicates are searched, i.e. band keys are used at all. */
    public boolean enabled() {
        return bands != null;
    }

    /** The band keys of {@code text}, as the Spark array column {@code articles.dedup_bands} holds them. */
    public scala.collection.Seq<Long> of(String text) {
        if (bands == null) {
            return NONE;
        }
        long[] keys = bands.keys(Shingles.indices(text, shingleWords));
        List<Long> boxed = new ArrayList<>(keys.length);
        for (long k : keys) {
            boxed.add(k);
        }
        return scala.collection.JavaConverters.asScalaBuffer(boxed).toList();
    }

    /** Jaccard distance of two texts' shingle sets, as the keys were made. */
    public double distance(String a, String b) {
        return MinHashBands.distance(Shingles.indices(a, shingleWords), Shingles.indices(b, shingleWords));
    }
}

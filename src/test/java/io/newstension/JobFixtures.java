package io.newstension;

import io.newstension.config.ConfigLoader;
import io.newstension.config.TensionConfig;
import java.nio.file.Path;
import java.util.List;

/** The job's default configuration pointed at a test input folder and output folder. */
public final class JobFixtures {
    private JobFixtures() {}

    public static TensionConfig config(Path input, Path output) {
        return ConfigLoader.load(null, List.of(
                ConfigLoader.Override.of("input.paths", List.of(input.toString())),
                ConfigLoader.Override.of("output.path", output.toString())));
    }
}

package io.newstension.nlp.ner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainOptionsTest {
    @Test
    void givenOptionsOverrideDefaults() {
        TrainOptions o = TrainOptions.parse(List.of("--epochs", "3", "--out", "/tmp/ner", "--lr", "0.01",
                "--repeat", "wikinews-train=3,wikigold-train=2"));
        assertEquals(new TrainOptions(Path.of("data/ner/conll"), Path.of("target/ner/glove-100d-pruned.txt"),
                Path.of("/tmp/ner"), 3, 32, 0.01f, 42, Map.of("wikinews-train", 3, "wikigold-train", 2)), o);
    }

    @Test
    void badInputNamesTheOption() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrainOptions.parse(List.of("--epoch", "3")))
                .getMessage().contains("unknown option --epoch"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrainOptions.parse(List.of("--seed")))
                .getMessage().startsWith("--seed: expected a value"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrainOptions.parse(List.of("--batch", "x")))
                .getMessage().startsWith("--batch: expected a number"));
        assertThrows(IllegalArgumentException.class, () -> TrainOptions.parse(List.of("--epochs", "0")));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrainOptions.parse(List.of("--repeat", "x")))
                .getMessage().startsWith("--repeat: expected NAME=N"));
    }
}

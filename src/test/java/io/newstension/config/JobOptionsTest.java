package io.newstension.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobOptionsTest {
    @Test
    void optionsBecomeConfigKeysAndWinOverSet() {
        TensionConfig config = JobOptions.parse(
                "--input", "a.jsonl", "--input=b/", "--output", "out", "--format", "newsplease",
                "--set", "output.path=elsewhere", "--mode", "overwrite").config();
        assertEquals(List.of("a.jsonl", "b/"), config.input().paths());
        assertEquals("out", config.output().path(), "--output wins over --set output.path");
        assertEquals("newsplease", config.input().format());
        assertEquals("overwrite", config.output().mode());
    }

    @Test
    void modeIsOverwriteOrIncremental() {
        assertEquals("incremental", JobOptions.parse("--mode", "incremental").config().output().mode());
        ConfigException e = assertThrows(ConfigException.class, () -> JobOptions.parse("--mode", "append").config());
        assertTrue(e.getMessage().startsWith("output.mode: expected one of [incremental, overwrite], got append"),
                e.getMessage());
    }

    @Test
    void unknownOptionIsAConfigError() {
        ConfigException e = assertThrows(ConfigException.class, () -> JobOptions.parse("--inptu", "x"));
        assertTrue(e.getMessage().startsWith("--inptu: unknown option"), e.getMessage());
    }

    @Test
    void optionWithoutValueIsAConfigError() {
        ConfigException e = assertThrows(ConfigException.class, () -> JobOptions.parse("--output"));
        assertTrue(e.getMessage().startsWith("--output: needs a value"), e.getMessage());
    }

    @Test
    void badFormatNamesTheKey() {
        ConfigException e = assertThrows(ConfigException.class, () -> JobOptions.parse("--format", "xml").config());
        assertTrue(e.getMessage().startsWith("input.format: expected one of"), e.getMessage());
    }
}

package io.newstension.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of the job (see the README's "Options"): options that name a config key become overrides laid on
 * top of the config file and {@code --set}s, so the command line always wins.
 */
public record JobOptions(Path configFile, List<ConfigLoader.Override> overrides, boolean help) {

    public static final String USAGE = """
            Usage: run-local.sh|submit.sh ... [OPTIONS]
              --input PATH        file, directory or glob (repeatable); .gz/.bz2 are read too   [input.paths]
              --format F          auto|newsplease|ccnews|csv|parquet|text                       [input.format]
              --output DIR        output folder                                                 [output.path]
              --config FILE       YAML laid over the bundled defaults (default conf/tension.yaml when present)
              --set key=value     override one config key by its dotted path (repeatable)
              --mode M            overwrite | incremental (add a batch to earlier output)      [output.mode]
              --force             write into a non-empty folder this job did not create         [output.force]
              --help              print this help
            Exit codes: 0 success, 2 bad command line or config, 1 any other failure.""";

    public JobOptions {
        overrides = List.copyOf(overrides);
    }

    /** Parses the job's arguments; {@code --config} defaults to {@code conf/tension.yaml} when that file exists. */
    public static JobOptions parse(String... args) {
        Path config = null;
        List<String> inputs = new ArrayList<>();
        List<ConfigLoader.Override> sets = new ArrayList<>();
        List<ConfigLoader.Override> options = new ArrayList<>();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            if (arg.startsWith("--") && arg.contains("=") && !arg.startsWith("--set=")) {
                name = arg.substring(0, arg.indexOf('='));
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (arg.startsWith("--set=")) {
                name = "--set";
                value = arg.substring("--set=".length());
            }
            switch (name) {
                case "--help", "-h" -> help = true;
                case "--input" -> inputs.add(value != null ? value : next(args, ++i, name));
                case "--format" -> options.add(ConfigLoader.Override.of("input.format", value != null ? value : next(args, ++i, name)));
                case "--output" -> options.add(ConfigLoader.Override.of("output.path", value != null ? value : next(args, ++i, name)));
                case "--mode" -> options.add(ConfigLoader.Override.of("output.mode", value != null ? value : next(args, ++i, name)));
                case "--force" -> options.add(ConfigLoader.Override.of("output.force", true));
                case "--config" -> config = Path.of(value != null ? value : next(args, ++i, name));
                case "--set" -> sets.add(ConfigLoader.Override.parse(value != null ? value : next(args, ++i, name)));
                default -> throw new ConfigException(arg + ": unknown option\n" + USAGE);
            }
        }
        if (!inputs.isEmpty()) {
            options.add(ConfigLoader.Override.of("input.paths", inputs));
        }
        if (config == null && Files.isRegularFile(Path.of("conf", "tension.yaml"))) {
            config = Path.of("conf", "tension.yaml");
        }
        List<ConfigLoader.Override> all = new ArrayList<>(sets);
        all.addAll(options);
        return new JobOptions(config, all, help);
    }

    /** The validated configuration these options select. */
    public TensionConfig config() {
        return ConfigLoader.load(configFile, overrides);
    }

    private static String next(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new ConfigException(option + ": needs a value\n" + USAGE);
        }
        return args[i];
    }
}

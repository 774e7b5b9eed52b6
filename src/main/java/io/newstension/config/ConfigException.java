package io.newstension.config;

/** A bad configuration or command line: the job exits with code 2 and prints the message, which names the key. */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Throws a {@code ConfigException} "{key}: {problem}" unless {@code ok}. */
    static void check(boolean ok, String key, String problem) {
        if (!ok) {
            throw new ConfigException(key + ": " + problem);
        }
    }
}

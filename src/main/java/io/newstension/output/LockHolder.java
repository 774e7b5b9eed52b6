package io.newstension.output;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Who holds an output folder's lock: the process id and host written into the lock file, and whether it still runs. */
record LockHolder(long pid, String host, String since) {
    private static final Pattern FORMAT = Pattern.compile("pid (\\d+) on (\\S+) since (\\S+)");

    static LockHolder current() {
        return new LockHolder(ProcessHandle.current().pid(), localHost(), Instant.now().toString());
    }

    /** The holder named by a lock file's text, or one with pid -1 when the text is not in the job's format. */
    static LockHolder parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text);
        return m.find() ? new LockHolder(Long.parseLong(m.group(1)), m.group(2), m.group(3)) : new LockHolder(-1, "", "");
    }

    static String localHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    /**
     * True only when the holder ran on {@code host} and its process is gone; a holder on another machine (a cluster
     * driver) cannot be checked from here and counts as alive.
     */
    boolean isDeadOn(String host) {
        return pid > 0 && this.host.equals(host) && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    String describe() {
        return "pid " + pid + " on " + host + " since " + since;
    }
}

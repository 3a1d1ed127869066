package dev.farmguard.agent.probe.session;

import java.time.Instant;

/**
 * One {@code struct utmp} record (glibc, 384 bytes on x86-64 and arm64).
 *
 * @param type  {@code ut_type}, e.g. {@link #USER_PROCESS}
 * @param line  {@code ut_line}: device without "/dev/", e.g. "pts/0", "tty1", ":0"
 * @param host  {@code ut_host}: remote host, or ":0" for a local X display, "" when local
 * @param time  {@code ut_tv}, null when zero
 */
public record UtmpRecord(int type, int pid, String line, String user, String host, Instant time) {

    /** A normal process (a logged-in user). */
    public static final int USER_PROCESS = 7;
}

package dev.farmguard.agent.probe.procfs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Parsers for procfs text: {@code stat}, {@code status}, {@code cmdline}, fd links, {@code /proc/stat}, passwd. */
public final class ProcParsers {

    /**
     * Clock ticks per second of {@code /proc/PID/stat} times (USER_HZ). It is 100 on every architecture
     * the agent ships for (x86-64, arm64); the kernel keeps it fixed for user space.
     */
    public static final int USER_HZ = 100;

    private ProcParsers() {
    }

    /** argv from {@code /proc/PID/cmdline} (NUL-separated, trailing NUL optional). */
    public static List<String> parseCmdline(byte[] raw) {
        List<String> args = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= raw.length; i++) {
            if (i == raw.length || raw[i] == 0) {
                if (i > start) {
                    args.add(new String(raw, start, i - start, StandardCharsets.UTF_8));
                }
                start = i + 1;
            }
        }
        return args;
    }

    /** Field 22 (starttime, clock ticks after boot) of {@code /proc/PID/stat}; comm may hold spaces and ')'. */
    public static OptionalLong parseStartTicks(String stat) {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return OptionalLong.empty();
        }
        String[] fields = stat.substring(close + 1).trim().split("\\s+");
        // fields[0] is field 3 (state), so field 22 is fields[19]
        if (fields.length < 20) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(fields[19]));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** {@code btime} (boot time, epoch seconds) from {@code /proc/stat}. */
    public static OptionalLong parseBootTime(List<String> procStat) {
        for (String line : procStat) {
            if (line.startsWith("btime ")) {
                try {
                    return OptionalLong.of(Long.parseLong(line.substring(6).trim()));
                } catch (NumberFormatException e) {
                    return OptionalLong.empty();
                }
            }
        }
        return OptionalLong.empty();
    }

    /** Real uid from the {@code Uid:} line of {@code /proc/PID/status}, -1 if absent. */
    public static int parseRealUid(List<String> status) {
        for (String line : status) {
            if (line.startsWith("Uid:")) {
                String[] fields = line.substring(4).trim().split("\\s+");
                try {
                    return Integer.parseInt(fields[0]);
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** uid to user name from {@code /etc/passwd} lines. */
    public static Map<Integer, String> parsePasswd(List<String> lines) {
        Map<Integer, String> users = new HashMap<>();
        for (String line : lines) {
            String[] fields = line.split(":", -1);
            if (fields.length >= 3 && !line.startsWith("#")) {
                try {
                    users.putIfAbsent(Integer.parseInt(fields[2]), fields[0]);
                } catch (NumberFormatException e) {
                    // skip malformed entry
                }
            }
        }
        return users;
    }

    /** The inode of an fd link target "socket:[12345]", empty for anything else. */
    public static OptionalLong parseSocketInode(String linkTarget) {
        if (!linkTarget.startsWith("socket:[") || !linkTarget.endsWith("]")) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(linkTarget.substring(8, linkTarget.length() - 1)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The executable path from an {@code exe} link target, without the " (deleted)" suffix. */
    public static String cleanExePath(String linkTarget) {
        String deleted = " (deleted)";
        return linkTarget.endsWith(deleted) ? linkTarget.substring(0, linkTarget.length() - deleted.length()) : linkTarget;
    }

    /** File name of a POSIX path ("/usr/bin/x11vnc" gives "x11vnc"), "" for "". */
    public static String baseName(String path) {
        if (path == null || path.isEmpty()) {
            return "";
        }
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}

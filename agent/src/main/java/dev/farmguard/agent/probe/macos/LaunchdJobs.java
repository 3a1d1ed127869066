package dev.farmguard.agent.probe.macos;

import dev.farmguard.agent.probe.OsPaths;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.SoftFiles;
import dev.farmguard.agent.probe.command.CommandRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * launchd jobs: the plists in {@code /Library/LaunchDaemons}, {@code /Library/LaunchAgents} and each
 * user's {@code ~/Library/LaunchAgents}, merged by label with {@code launchctl list} (the agent runs as
 * root, so that is the system domain: daemons).
 */
public final class LaunchdJobs {

    private static final List<String> PLIST_DIRS = List.of("/Library/LaunchDaemons", "/Library/LaunchAgents");

    private LaunchdJobs() {
    }

    /** Reads every job; a failed {@code launchctl} is a warning, plists are still read. */
    public static List<LaunchdJob> read(Path root, CommandRunner commands, ProbeWarnings warnings) {
        String listing = MacCommands.output(commands, MacCommands.LAUNCHCTL_LIST, warnings).orElse("");
        List<LaunchdPlist.Job> plists = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        PLIST_DIRS.forEach(dir -> dirs.add(OsPaths.under(root, dir)));
        for (Path home : SoftFiles.list(OsPaths.under(root, "/Users"))) {
            dirs.add(home.resolve("Library/LaunchAgents"));
        }
        for (Path dir : dirs) {
            for (Path file : SoftFiles.list(dir)) {
                if (file.getFileName().toString().endsWith(".plist")) {
                    byte[] bytes = SoftFiles.readBytes(file);
                    plists.add(LaunchdPlist.parse(bytes, shown(root, file)));
                }
            }
        }
        return merge(parseList(listing), plists);
    }

    /** {@code launchctl list}: "PID\tStatus\tLabel" rows; PID "-" when not running. Label to pid (0 = not running). */
    public static Map<String, Integer> parseList(String output) {
        Map<String, Integer> jobs = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            String[] fields = line.trim().split("\\s+", 3);
            if (fields.length < 3 || fields[0].equals("PID")) {
                continue;
            }
            int pid = 0;
            try {
                pid = fields[0].equals("-") ? 0 : Integer.parseInt(fields[0]);
            } catch (NumberFormatException e) {
                continue;
            }
            jobs.put(fields[2].trim(), pid);
        }
        return jobs;
    }

    static List<LaunchdJob> merge(Map<String, Integer> listed, List<LaunchdPlist.Job> plists) {
        Map<String, LaunchdJob> jobs = new LinkedHashMap<>();
        for (LaunchdPlist.Job plist : plists) {
            Integer pid = listed.get(plist.label());
            jobs.putIfAbsent(plist.label(), new LaunchdJob(plist.label(), plist.program(), plist.path(), pid != null,
                    pid == null ? 0 : pid, plist.disabled(), plist.autoStart()));
        }
        listed.forEach((label, pid) -> jobs.putIfAbsent(label, new LaunchdJob(label, "", "", true, pid, false, false)));
        return new ArrayList<>(jobs.values());
    }

    private static String shown(Path root, Path file) {
        return "/" + root.relativize(file).toString().replace('\\', '/');
    }
}

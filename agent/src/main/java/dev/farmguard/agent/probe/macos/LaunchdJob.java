package dev.farmguard.agent.probe.macos;

/**
 * One launchd job: from {@code launchctl list} (pid 0 when loaded but not running), a job plist, or both.
 *
 * @param label     the job's Label, e.g. "com.teamviewer.teamviewer_service"
 * @param program   Program or ProgramArguments[0], "" if unknown
 * @param plistPath the plist it was read from, "" when only launchctl listed it
 * @param loaded    launchctl lists it
 * @param pid       its running process, 0 if none
 * @param disabled  the plist sets Disabled
 * @param autoStart the plist sets RunAtLoad or KeepAlive
 */
public record LaunchdJob(String label, String program, String plistPath, boolean loaded, int pid, boolean disabled,
                         boolean autoStart) {
}

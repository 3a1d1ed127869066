package dev.farmguard.agent.probe.macos;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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

    /**
     * Names a catalog's service patterns may know the job by: the label, then each part of a reverse-DNS
     * label after the first ("teamviewer_service" of "com.teamviewer.teamviewer_service").
     */
    public List<String> serviceNames() {
        List<String> names = new ArrayList<>();
        names.add(label);
        String[] parts = label.split("\\.");
        for (int i = 1; i < parts.length; i++) {
            names.add(parts[i]);
        }
        return names;
    }

    /** Names a catalog's process patterns may know the job's program by; empty when the program is unknown. */
    public List<String> programNames() {
        return program.isEmpty() ? List.of() : new MacProcess(0, "", null, program, "").names();
    }

    /** The first catalog id the job matches: by a service name, else by its program. */
    public Optional<String> match(Function<String, Optional<String>> byService,
                                  Function<List<String>, Optional<String>> byProcess) {
        for (String name : serviceNames()) {
            Optional<String> id = byService.apply(name);
            if (id.isPresent()) {
                return id;
            }
        }
        return programNames().isEmpty() ? Optional.empty() : byProcess.apply(programNames());
    }
}

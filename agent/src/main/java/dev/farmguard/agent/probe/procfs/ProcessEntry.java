package dev.farmguard.agent.probe.procfs;

import java.time.Instant;
import java.util.List;

/**
 * One process as procfs shows it.
 *
 * @param comm      kernel task name (at most 15 characters)
 * @param exe       executable path, "" when unreadable (other users' processes when not root)
 * @param arguments command line, argv[0] first
 * @param user      owner's user name (numeric uid when not in /etc/passwd), "" if unknown
 * @param startedAt start time, null if unknown
 */
public record ProcessEntry(int pid, String comm, String exe, List<String> arguments, String user, Instant startedAt) {

    public ProcessEntry {
        arguments = List.copyOf(arguments);
    }

    /** The names this process is known by (for catalog matching). */
    public ProcessNames names() {
        return new ProcessNames(pid, comm, ProcParsers.baseName(exe),
                arguments.isEmpty() ? "" : ProcParsers.baseName(arguments.get(0)));
    }

    /** The command line joined with spaces. */
    public String commandLine() {
        return String.join(" ", arguments);
    }

    /** The best short name: executable file name, else argv[0]'s file name, else comm. */
    public String name() {
        String exeName = ProcParsers.baseName(exe);
        if (!exeName.isEmpty()) {
            return exeName;
        }
        String argv0 = arguments.isEmpty() ? "" : ProcParsers.baseName(arguments.get(0));
        return argv0.isEmpty() ? comm : argv0;
    }
}

package dev.farmguard.agent.probe.command;

import java.util.List;

/**
 * A command a reader runs: a short stable name (what messages show and test recordings are keyed by) and the
 * argument vector. How the program is found is the runner's business ({@link CommandSettings}): Linux and
 * macOS readers give a bare name that is looked up in the system directories, Windows readers a full path.
 *
 * @param name      e.g. "iw dev wlan0 link", "netstat -ano", "powershell:usb"
 * @param argv      program and arguments
 * @param cacheable the output may be shared by several probes of one collection (process and service lists)
 */
public record Command(String name, List<String> argv, boolean cacheable) {

    public Command {
        argv = List.copyOf(argv);
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("empty command " + name);
        }
    }

    /** A command named by its own command line: {@code of("iw", "dev", "wlan0", "link")} is "iw dev wlan0 link". */
    public static Command of(String... argv) {
        return of(List.of(argv));
    }

    /** As {@link #of(String...)}. */
    public static Command of(List<String> argv) {
        return new Command(String.join(" ", argv), argv, false);
    }
}

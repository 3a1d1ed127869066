package dev.farmguard.agent.probe.macos;

import dev.farmguard.agent.probe.CommandRunner;
import dev.farmguard.agent.probe.ProbeContext;
import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.SystemCommands;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The command lines the macOS readers run, in one place so the recorded fixtures of tests are keyed by
 * exactly what runs on a Mac, and how they are run. Programs are found in the system directories only
 * ({@link SystemCommands}), with the C locale; times they print are in the agent's own time zone.
 */
public final class MacCommands {

    /** system_profiler can take seconds (SPAirPortDataType scans), ioreg -l of a USB dock hundreds of KiB. */
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final int MAX_OUTPUT = 16 << 20;

    public static final List<String> IOREG_PLATFORM = List.of("ioreg", "-rd1", "-c", "IOPlatformExpertDevice");
    public static final List<String> SP_HARDWARE = List.of("system_profiler", "-json", "SPHardwareDataType");
    public static final List<String> SW_VERS = List.of("sw_vers");
    public static final List<String> HOSTNAME = List.of("hostname");

    public static final List<String> IOREG_USB = List.of("ioreg", "-l", "-w0", "-r", "-c", "IOUSBHostDevice");

    public static final List<String> SP_DISPLAYS = List.of("system_profiler", "-json", "SPDisplaysDataType");
    /** Entries holding a raw {@code EDID} (Apple silicon display pipes). */
    public static final List<String> IOREG_EDID = List.of("ioreg", "-l", "-w0", "-r", "-d", "1", "-k", "EDID");
    /** Entries holding {@code IODisplayEDID} (Intel: AppleDisplay, AppleBacklightDisplay). */
    public static final List<String> IOREG_DISPLAY_EDID =
            List.of("ioreg", "-l", "-w0", "-r", "-d", "1", "-k", "IODisplayEDID");
    /** Apple silicon display pipes, built-in and external, driven or not. */
    public static final List<String> IOREG_CLCD = List.of("ioreg", "-l", "-w0", "-r", "-d", "1", "-c", "AppleCLCD2");

    /** Process identity; {@code comm} is last because it may hold spaces; start times in local time. */
    public static final List<String> PS_PROCESSES = List.of("ps", "-axww", "-o", "pid=,user=,lstart=,comm=");
    /** Command lines, joined to the above by pid. */
    public static final List<String> PS_ARGS = List.of("ps", "-axww", "-o", "pid=,args=");
    /** {@code +c 0}: full command names (the default cuts them to 9 characters). */
    public static final List<String> LSOF_LISTEN = List.of("lsof", "+c", "0", "-nP", "-iTCP", "-sTCP:LISTEN");
    public static final List<String> LSOF_ESTABLISHED = List.of("lsof", "+c", "0", "-nP", "-iTCP", "-sTCP:ESTABLISHED");
    public static final List<String> LAUNCHCTL_LIST = List.of("launchctl", "list");
    public static final List<String> LAUNCHCTL_SCREEN_SHARING = List.of("launchctl", "print", "system/com.apple.screensharing");
    public static final List<String> LAUNCHCTL_SSHD = List.of("launchctl", "print", "system/com.openssh.sshd");

    public static final List<String> WHO = List.of("who");
    public static final List<String> IOREG_HID_SYSTEM = List.of("ioreg", "-r", "-d", "1", "-c", "IOHIDSystem");

    public static final List<String> PMSET_BATT = List.of("pmset", "-g", "batt");
    public static final List<String> IOREG_BATTERY = List.of("ioreg", "-r", "-n", "AppleSmartBattery");
    public static final List<String> IOREG_CLAMSHELL = List.of("ioreg", "-r", "-k", "AppleClamshellState", "-d", "4");

    public static final List<String> IFCONFIG = List.of("ifconfig", "-a");
    public static final List<String> HARDWARE_PORTS = List.of("networksetup", "-listallhardwareports");
    public static final List<String> NETSTAT_ROUTES = List.of("netstat", "-rn");
    public static final List<String> ARP = List.of("arp", "-an");
    public static final List<String> SCUTIL_DNS = List.of("scutil", "--dns");
    public static final List<String> SP_AIRPORT = List.of("system_profiler", "-json", "SPAirPortDataType");

    public static final List<String> CONSOLE_USER = List.of("stat", "-f", "%Su", "/dev/console");
    public static final List<String> SYSTEMSETUP_TIMEZONE = List.of("systemsetup", "-gettimezone");

    private MacCommands() {
    }

    /** The runner for the macOS readers: the machine's commands on the live root, none on a fake one. */
    public static CommandRunner runner(ProbeContext context) {
        return context.fsRoot().equals(Path.of("/")) ? new SystemCommands(TIMEOUT, MAX_OUTPUT) : CommandRunner.NONE;
    }

    /**
     * What the command printed, whatever its exit status (several tools exit non-zero for "nothing found");
     * empty, with a warning, when it could not run or its output was cut.
     */
    public static Optional<String> output(CommandRunner runner, List<String> command, ProbeWarnings warnings) {
        Optional<CommandRunner.CommandResult> result = runner.run(command);
        if (result.isEmpty()) {
            warnings.warn("cannot run " + String.join(" ", command) + " (not installed, failed or timed out)");
            return Optional.empty();
        }
        if (result.get().truncated()) {
            warnings.warn("output of " + String.join(" ", command) + " exceeds " + MAX_OUTPUT + " bytes");
            return Optional.empty();
        }
        return Optional.of(result.get().stdout());
    }

    /** As {@link #output}, but the reader cannot do without it: a failure, or a non-zero exit, is a probe failure. */
    public static String required(CommandRunner runner, List<String> command) throws ProbeException {
        Optional<CommandRunner.CommandResult> result = runner.run(command);
        String shown = String.join(" ", command);
        if (result.isEmpty() || result.get().truncated()) {
            throw new ProbeException("cannot run " + shown + " (not installed, failed, timed out or too much output)");
        }
        if (!result.get().succeeded()) {
            throw new ProbeException(shown + " exited with status " + result.get().exitCode());
        }
        return result.get().stdout();
    }

    /** {@code defaults read DOMAIN KEY}; DOMAIN may be a plist path without ".plist" or "-g". */
    public static List<String> defaultsRead(String domain, String key) {
        return List.of("defaults", "read", domain, key);
    }
}

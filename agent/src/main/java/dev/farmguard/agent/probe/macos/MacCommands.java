package dev.farmguard.agent.probe.macos;

import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.command.Command;
import dev.farmguard.agent.probe.command.CommandResult;
import dev.farmguard.agent.probe.command.CommandRunner;
import dev.farmguard.agent.probe.command.CommandSettings;
import java.util.Optional;

/**
 * The command lines the macOS readers run, in one place so the recorded fixtures of tests are keyed by
 * exactly what runs on a Mac. Programs are found in the system directories only and run in the C locale
 * ({@link CommandSettings#MACOS}); times they print are in the agent's own time zone. A reader that cannot do
 * without a command's output uses {@link CommandRunner#output}.
 */
public final class MacCommands {

    public static final Command IOREG_PLATFORM = Command.of("ioreg", "-rd1", "-c", "IOPlatformExpertDevice");
    public static final Command SP_HARDWARE = Command.of("system_profiler", "-json", "SPHardwareDataType");
    public static final Command SW_VERS = Command.of("sw_vers");
    public static final Command HOSTNAME = Command.of("hostname");

    public static final Command IOREG_USB = Command.of("ioreg", "-l", "-w0", "-r", "-c", "IOUSBHostDevice");

    public static final Command SP_DISPLAYS = Command.of("system_profiler", "-json", "SPDisplaysDataType");
    /** Entries holding a raw {@code EDID} (Apple silicon display pipes). */
    public static final Command IOREG_EDID = Command.of("ioreg", "-l", "-w0", "-r", "-d", "1", "-k", "EDID");
    /** Entries holding {@code IODisplayEDID} (Intel: AppleDisplay, AppleBacklightDisplay). */
    public static final Command IOREG_DISPLAY_EDID =
            Command.of("ioreg", "-l", "-w0", "-r", "-d", "1", "-k", "IODisplayEDID");
    /** Apple silicon display pipes, built-in and external, driven or not. */
    public static final Command IOREG_CLCD = Command.of("ioreg", "-l", "-w0", "-r", "-d", "1", "-c", "AppleCLCD2");

    /** Process identity; {@code comm} is last because it may hold spaces; start times in local time. */
    public static final Command PS_PROCESSES = Command.of("ps", "-axww", "-o", "pid=,user=,lstart=,comm=");
    /** Command lines, joined to the above by pid. */
    public static final Command PS_ARGS = Command.of("ps", "-axww", "-o", "pid=,args=");
    /** {@code +c 0}: full command names (the default cuts them to 9 characters). */
    public static final Command LSOF_LISTEN = Command.of("lsof", "+c", "0", "-nP", "-iTCP", "-sTCP:LISTEN");
    public static final Command LSOF_ESTABLISHED = Command.of("lsof", "+c", "0", "-nP", "-iTCP", "-sTCP:ESTABLISHED");
    public static final Command LAUNCHCTL_LIST = Command.of("launchctl", "list");
    public static final Command LAUNCHCTL_SCREEN_SHARING =
            Command.of("launchctl", "print", "system/com.apple.screensharing");
    public static final Command LAUNCHCTL_SSHD = Command.of("launchctl", "print", "system/com.openssh.sshd");

    public static final Command WHO = Command.of("who");
    public static final Command IOREG_HID_SYSTEM = Command.of("ioreg", "-r", "-d", "1", "-c", "IOHIDSystem");

    public static final Command PMSET_BATT = Command.of("pmset", "-g", "batt");
    public static final Command IOREG_BATTERY = Command.of("ioreg", "-r", "-n", "AppleSmartBattery");
    public static final Command IOREG_CLAMSHELL = Command.of("ioreg", "-r", "-k", "AppleClamshellState", "-d", "4");

    public static final Command IFCONFIG = Command.of("ifconfig", "-a");
    public static final Command HARDWARE_PORTS = Command.of("networksetup", "-listallhardwareports");
    public static final Command NETSTAT_ROUTES = Command.of("netstat", "-rn");
    public static final Command ARP = Command.of("arp", "-an");
    public static final Command SCUTIL_DNS = Command.of("scutil", "--dns");
    public static final Command SP_AIRPORT = Command.of("system_profiler", "-json", "SPAirPortDataType");

    public static final Command CONSOLE_USER = Command.of("stat", "-f", "%Su", "/dev/console");
    public static final Command SYSTEMSETUP_TIMEZONE = Command.of("systemsetup", "-gettimezone");

    private MacCommands() {
    }

    /**
     * What the command printed, whatever its exit status (several tools exit non-zero for "nothing found");
     * empty, with a warning, when it could not run or its output was cut.
     */
    public static Optional<String> output(CommandRunner runner, Command command, ProbeWarnings warnings) {
        Optional<CommandResult> result = runner.tryRun(command);
        if (result.isEmpty()) {
            warnings.warn("cannot run " + command.name() + " (not installed, failed or timed out)");
            return Optional.empty();
        }
        if (result.get().truncated()) {
            warnings.warn("output of " + command.name() + " exceeds " + CommandSettings.MACOS.maxOutputBytes()
                    + " bytes");
            return Optional.empty();
        }
        return Optional.of(result.get().stdout());
    }

    /** {@code defaults read DOMAIN KEY}; DOMAIN may be a plist path without ".plist" or "-g". */
    public static Command defaultsRead(String domain, String key) {
        return Command.of("defaults", "read", domain, key);
    }
}

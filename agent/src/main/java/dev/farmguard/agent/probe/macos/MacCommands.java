package dev.farmguard.agent.probe.macos;

import java.util.List;

/**
 * The command lines the macOS readers run, in one place so the recorded fixtures of tests are keyed by
 * exactly what runs on a Mac. Paths are absolute so a tampered {@code PATH} cannot substitute them.
 */
public final class MacCommands {

    public static final List<String> IOREG_PLATFORM = List.of("/usr/sbin/ioreg", "-rd1", "-c", "IOPlatformExpertDevice");
    public static final List<String> SP_HARDWARE = List.of("/usr/sbin/system_profiler", "-json", "SPHardwareDataType");
    public static final List<String> SW_VERS = List.of("/usr/bin/sw_vers");
    public static final List<String> HOSTNAME = List.of("/bin/hostname");

    public static final List<String> IOREG_USB = List.of("/usr/sbin/ioreg", "-l", "-w0", "-r", "-c", "IOUSBHostDevice");

    public static final List<String> SP_DISPLAYS = List.of("/usr/sbin/system_profiler", "-json", "SPDisplaysDataType");
    /** Entries holding a raw {@code EDID} (Apple silicon display pipes). */
    public static final List<String> IOREG_EDID = List.of("/usr/sbin/ioreg", "-l", "-w0", "-r", "-d", "1", "-k", "EDID");
    /** Entries holding {@code IODisplayEDID} (Intel: AppleDisplay, AppleBacklightDisplay). */
    public static final List<String> IOREG_DISPLAY_EDID =
            List.of("/usr/sbin/ioreg", "-l", "-w0", "-r", "-d", "1", "-k", "IODisplayEDID");
    /** Apple silicon display pipes, built-in and external, driven or not. */
    public static final List<String> IOREG_CLCD = List.of("/usr/sbin/ioreg", "-l", "-w0", "-r", "-d", "1", "-c", "AppleCLCD2");

    /** Process identity; {@code comm} is last because it may hold spaces. Times print in UTC (runner sets TZ). */
    public static final List<String> PS_PROCESSES = List.of("/bin/ps", "-axww", "-o", "pid=,user=,lstart=,comm=");
    /** Command lines, joined to the above by pid. */
    public static final List<String> PS_ARGS = List.of("/bin/ps", "-axww", "-o", "pid=,args=");
    /** {@code +c 0}: full command names (the default cuts them to 9 characters). */
    public static final List<String> LSOF_LISTEN = List.of("/usr/sbin/lsof", "+c", "0", "-nP", "-iTCP", "-sTCP:LISTEN");
    public static final List<String> LSOF_ESTABLISHED = List.of("/usr/sbin/lsof", "+c", "0", "-nP", "-iTCP", "-sTCP:ESTABLISHED");
    public static final List<String> LAUNCHCTL_LIST = List.of("/bin/launchctl", "list");
    public static final List<String> LAUNCHCTL_SCREEN_SHARING = List.of("/bin/launchctl", "print", "system/com.apple.screensharing");
    public static final List<String> LAUNCHCTL_SSHD = List.of("/bin/launchctl", "print", "system/com.openssh.sshd");

    public static final List<String> WHO = List.of("/usr/bin/who");
    public static final List<String> IOREG_HID_SYSTEM = List.of("/usr/sbin/ioreg", "-r", "-d", "1", "-c", "IOHIDSystem");

    public static final List<String> PMSET_BATT = List.of("/usr/bin/pmset", "-g", "batt");
    public static final List<String> IOREG_BATTERY = List.of("/usr/sbin/ioreg", "-r", "-n", "AppleSmartBattery");
    public static final List<String> IOREG_CLAMSHELL = List.of("/usr/sbin/ioreg", "-r", "-k", "AppleClamshellState", "-d", "4");

    public static final List<String> IFCONFIG = List.of("/sbin/ifconfig", "-a");
    public static final List<String> HARDWARE_PORTS = List.of("/usr/sbin/networksetup", "-listallhardwareports");
    public static final List<String> NETSTAT_ROUTES = List.of("/usr/sbin/netstat", "-rn");
    public static final List<String> ARP = List.of("/usr/sbin/arp", "-an");
    public static final List<String> SCUTIL_DNS = List.of("/usr/sbin/scutil", "--dns");
    public static final List<String> SP_AIRPORT = List.of("/usr/sbin/system_profiler", "-json", "SPAirPortDataType");

    public static final List<String> CONSOLE_USER = List.of("/usr/bin/stat", "-f", "%Su", "/dev/console");
    public static final List<String> SYSTEMSETUP_TIMEZONE = List.of("/usr/sbin/systemsetup", "-gettimezone");

    private MacCommands() {
    }

    /** {@code defaults read DOMAIN KEY}; DOMAIN may be a plist path without ".plist" or "-g". */
    public static List<String> defaultsRead(String domain, String key) {
        return List.of("/usr/bin/defaults", "read", domain, key);
    }
}

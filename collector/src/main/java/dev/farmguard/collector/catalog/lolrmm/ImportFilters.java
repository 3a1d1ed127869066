package dev.farmguard.collector.catalog.lolrmm;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What of LOLRMM is worth matching on a laptop. LOLRMM lists every artifact a hunter might want; a catalog
 * matched against every laptop of a fleet must not fire on Windows itself, on developer tools, or on words so
 * generic that unrelated software uses them.
 */
final class ImportFilters {

    /** Program stems (lower case, no ".exe") that are Windows itself, common developer tools, or generic words. */
    private static final Set<String> GENERIC_PROGRAMS = Set.of(
            // Windows components: every laptop runs or has them
            "dwm", "explorer", "svchost", "mstsc", "cmd", "powershell", "rundll32", "conhost", "msiexec",
            // VS Code and Git for Windows terminals run winpty-agent on developer laptops
            "winpty-agent", "winpty-agent64",
            // clients that control other machines (SSH, SCP, RDP and VNC viewers): common on engineers'
            // laptops, and they say nothing about this laptop being controlled
            "putty", "plink", "kitty", "puttytray", "superputty", "winscp", "xshell", "securecrt", "smartty",
            "mremoteng", "royalts", "rdcman", "rdesktop", "tsclient", "vncviewer", "tvnviewer", "romviewer",
            "rutview", "remotedesktopmanager",
            // generic words many unrelated products use
            "agent", "agent32", "agent64", "agentu", "setup", "update", "updater", "autoupdate", "upload",
            "client", "client32", "server", "service", "helper", "launcher", "install", "installer", "uninstall",
            "connect", "remote access", "remote desktop", "notificationhelper", "selfupdater", "installshield setup",
            "recycler", "httpget", "httppush", "cpuchk", "closeapp", "update-shim", "prep64", "einstaller",
            "agent-installer-any", "windowslauncher", "monitoringagent", "simpleservice", "supporttool", "winagent",
            "baseclient", "manuallauncher", "online backup", "sysdiag", "installcore");

    /** Tools left out whole, by name: an assistive technology (the NVDA screen reader) is not a remote tool. */
    private static final List<String> EXCLUDED_TOOL_PREFIXES = List.of("nvda");

    /** Service names shared by unrelated software. */
    private static final List<Pattern> GENERIC_SERVICES = List.of(
            Pattern.compile("winring0.*")); // a hardware-access driver many monitoring tools install

    /** Folder names that say nothing about a tool on their own. */
    private static final Set<String> GENERIC_DIRS = Set.of(
            "c:", "d:", "program files", "program files (x86)", "program files*", "programdata", "windows",
            "system32", "syswow64", "temp", "tmp", "users", "appdata", "local", "roaming", "locallow", "usr", "bin",
            "sbin", "lib", "opt", "etc", "var", "home", "applications", "library", "application support",
            "downloads", "desktop", "documents", "public", "default", "root", "systemd", "system", "launchagents",
            "launchdaemons", "logs", "log", "config", ".config", "share", "~");

    /**
     * Ports below 1024 and these are what every browser, chat or dev server uses; a socket on them proves nothing
     * about one tool (3478 STUN, 5000/8000/8080/8443 web, 5555 adb, 10000 webmin, 51820 WireGuard).
     */
    private static final Set<Integer> GENERIC_PORTS = Set.of(3478, 5000, 5555, 8000, 8080, 8443, 10000, 51820);

    private static final Pattern EXTENSION = Pattern.compile(".*\\.([a-z0-9]{1,8})");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{32,}");

    private ImportFilters() {
    }

    /** A program name to match as a process: an .exe or extension-less name, not generic, stem of 4+ chars. */
    static boolean usableProgram(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.isEmpty() || n.length() > 64 || n.contains("[") || n.contains("<") || HASH.matcher(n).matches()) {
            return false; // regex fragments, placeholders and file hashes are not program names
        }
        var ext = EXTENSION.matcher(n);
        String stem = n;
        if (!ext.matches() && n.contains(" ")) {
            return false; // prose such as "requires sign up", not a file name
        }
        if (ext.matches()) {
            if (!ext.group(1).equals("exe")) {
                return false; // .dll, .msi, .pkg, .app, .zip, typos like .exee: not a running process
            }
            stem = n.substring(0, n.length() - 4);
        }
        String literal = stem.replace("*", "");
        return literal.length() >= 4 && !GENERIC_PROGRAMS.contains(stem);
    }

    /** Whether a whole tool is left out by policy (see {@link #EXCLUDED_TOOL_PREFIXES}). */
    static boolean excludedTool(String toolName) {
        String key = toolName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return EXCLUDED_TOOL_PREFIXES.stream().anyMatch(key::startsWith);
    }

    static boolean usableService(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return n.replace("*", "").length() >= 3 && GENERIC_SERVICES.stream().noneMatch(p -> p.matcher(n).matches());
    }

    /** An install path naming at least one folder or file that is specific to a tool. */
    static boolean usablePath(String path) {
        String p = path.trim().replace('\\', '/').toLowerCase(Locale.ROOT);
        if (p.contains("[a-z") || p.contains("(?")) {
            return false; // a regular expression, not a path
        }
        String last = p.substring(p.lastIndexOf('/') + 1);
        if (last.endsWith(".exe") && GENERIC_PROGRAMS.contains(last.substring(0, last.length() - 4))) {
            return false; // "*\putty.exe" is the program, and the program is not usable
        }
        for (String component : p.split("/+")) {
            String c = component.replaceAll("%[^%]*%|<[^>]*>", "").replace("*", "").trim();
            if (c.length() >= 3 && !GENERIC_DIRS.contains(component.trim())) {
                return true;
            }
        }
        return false;
    }

    static boolean usablePort(int port) {
        return port >= 1024 && port <= 65535 && !GENERIC_PORTS.contains(port);
    }

    static boolean usableDomain(String domain) {
        String d = domain.trim().toLowerCase(Locale.ROOT);
        return !d.isEmpty() && !d.equals("user_managed") && !d.contains(" ");
    }
}

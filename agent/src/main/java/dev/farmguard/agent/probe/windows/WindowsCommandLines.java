package dev.farmguard.agent.probe.windows;

import dev.farmguard.agent.probe.command.Command;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The command lines of the Windows readers. Programs are named by full path under {@code %SystemRoot%\System32},
 * so a program of the same name earlier on PATH is never run; names are short and stable ("netstat -ano",
 * "powershell:usb") for messages and recorded test output.
 */
public final class WindowsCommandLines {

    /** Makes PowerShell write UTF-8 (no byte order mark) whatever the console code page is. */
    private static final String UTF8_PREAMBLE =
            "$ProgressPreference = 'SilentlyContinue'\n"
            + "[Console]::OutputEncoding = New-Object System.Text.UTF8Encoding $false\n";

    private WindowsCommandLines() {
    }

    /** {@code %SystemRoot%}, "C:\Windows" when the environment does not say. */
    public static String systemRoot(Map<String, String> environment) {
        for (Map.Entry<String, String> entry : environment.entrySet()) {
            if (entry.getKey().equalsIgnoreCase("SystemRoot") && !entry.getValue().isBlank()) {
                return entry.getValue();
            }
        }
        return "C:\\Windows";
    }

    /** A program in System32, e.g. {@code system32(env, "netstat.exe", "-ano")}, named "netstat -ano". */
    public static Command system32(Map<String, String> environment, String program, String... args) {
        List<String> argv = new ArrayList<>();
        argv.add(systemRoot(environment) + "\\System32\\" + program);
        argv.addAll(List.of(args));
        String shortName = program.endsWith(".exe") ? program.substring(0, program.length() - 4) : program;
        String name = args.length == 0 ? shortName : shortName + " " + String.join(" ", args);
        return new Command(name, argv, false);
    }

    /**
     * A Windows PowerShell 5.1 script (present on every supported Windows), passed base64-encoded so no
     * quoting can break it; its output is UTF-8.
     *
     * @param name short name, the command is called "powershell:NAME"
     */
    public static Command powerShell(Map<String, String> environment, String name, String script,
                                     boolean cacheable) {
        String encoded = Base64.getEncoder().encodeToString((UTF8_PREAMBLE + script).getBytes(StandardCharsets.UTF_16LE));
        return new Command("powershell:" + name, List.of(
                systemRoot(environment) + "\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
                "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass", "-EncodedCommand", encoded), cacheable);
    }
}

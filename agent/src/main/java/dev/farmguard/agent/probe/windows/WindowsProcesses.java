package dev.farmguard.agent.probe.windows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.farmguard.agent.probe.ProbeException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The process list (Win32_Process, one PowerShell run shared by the probes of a collection) and, for the
 * few processes that get reported, their owners (Win32_Process.GetOwner, asked only for those pids: it
 * costs a method call per process).
 */
public final class WindowsProcesses {

    static final String LIST_SCRIPT = """
            @(Get-CimInstance Win32_Process | Select-Object ProcessId, ParentProcessId, Name, ExecutablePath, CommandLine, SessionId, @{n='CreationDate';e={if ($_.CreationDate) { $_.CreationDate.ToUniversalTime().ToString('o') }}}) | ConvertTo-Json -Depth 3 -Compress
            """;
    static final String OWNERS_SCRIPT = """
            @(Get-CimInstance Win32_Process -Filter "%s" | ForEach-Object { $owner = Invoke-CimMethod -InputObject $_ -MethodName GetOwner; [pscustomobject]@{ ProcessId = $_.ProcessId; Domain = $owner.Domain; User = $owner.User } }) | ConvertTo-Json -Depth 3
            """;

    /** Owners are asked in one WQL filter; keep the command line short. */
    static final int MAX_OWNER_PIDS = 100;

    private final WindowsSystem system;

    public WindowsProcesses(WindowsSystem system) {
        this.system = system;
    }

    /** Every process now. */
    public List<WindowsProcess> list() throws ProbeException {
        return parse(system.powerShellJson("processes", LIST_SCRIPT, true));
    }

    /** Owners by pid, written domain backslash user (only pids Windows names an owner for; the first 100 pids). */
    public Map<Integer, String> owners(Collection<Integer> pids) throws ProbeException {
        if (pids.isEmpty()) {
            return Map.of();
        }
        String filter = pids.stream().distinct().sorted().limit(MAX_OWNER_PIDS).map(pid -> "ProcessId = " + pid)
                .collect(Collectors.joining(" OR "));
        return parseOwners(system.powerShellJson("process-owners", OWNERS_SCRIPT.formatted(filter), false));
    }

    public static List<WindowsProcess> parse(JsonNode rows) {
        List<WindowsProcess> processes = new ArrayList<>();
        for (JsonNode row : CimJson.items(rows)) {
            long pid = CimJson.number(row, "ProcessId", -1);
            if (pid < 0) {
                continue;
            }
            processes.add(new WindowsProcess((int) pid, (int) CimJson.number(row, "ParentProcessId", 0),
                    CimJson.text(row, "Name"), CimJson.text(row, "ExecutablePath"), CimJson.text(row, "CommandLine"),
                    CimJson.instant(row, "CreationDate").orElse(null), (int) CimJson.number(row, "SessionId", -1)));
        }
        return processes;
    }

    public static Map<Integer, String> parseOwners(JsonNode rows) {
        Map<Integer, String> owners = new HashMap<>();
        for (JsonNode row : CimJson.items(rows)) {
            String user = CimJson.text(row, "User");
            String domain = CimJson.text(row, "Domain");
            long pid = CimJson.number(row, "ProcessId", -1);
            if (pid >= 0 && !user.isEmpty()) {
                owners.put((int) pid, domain.isEmpty() ? user : domain + "\\" + user);
            }
        }
        return owners;
    }
}

package dev.farmguard.agent.probe.windows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.farmguard.agent.probe.ProbeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The installed services (Win32_Service, one PowerShell run shared by the probes of a collection). */
public final class WindowsServices {

    static final String SCRIPT = """
            @(Get-CimInstance Win32_Service | Select-Object Name, DisplayName, State, StartMode, PathName, ProcessId) | ConvertTo-Json -Depth 3 -Compress
            """;

    private final WindowsSystem system;

    public WindowsServices(WindowsSystem system) {
        this.system = system;
    }

    public List<WindowsService> list() throws ProbeException {
        return parse(system.powerShellJson("services", SCRIPT, true));
    }

    public static List<WindowsService> parse(JsonNode rows) {
        List<WindowsService> services = new ArrayList<>();
        for (JsonNode row : CimJson.items(rows)) {
            String name = CimJson.text(row, "Name");
            if (name.isEmpty()) {
                continue;
            }
            services.add(new WindowsService(name, CimJson.text(row, "DisplayName"),
                    CimJson.text(row, "State").toLowerCase(Locale.ROOT),
                    CimJson.text(row, "StartMode").toLowerCase(Locale.ROOT),
                    CimJson.text(row, "PathName"), (int) CimJson.number(row, "ProcessId", 0)));
        }
        return services;
    }
}

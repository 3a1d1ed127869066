package dev.farmguard.agent.probe.windows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.farmguard.agent.probe.ProbeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * TCP connections and UDP endpoints with their owning process, from Get-NetTCPConnection and
 * Get-NetUDPEndpoint (locale-independent, unlike the state column of {@code netstat -ano}).
 */
public final class WindowsSockets {

    static final String SCRIPT = """
            $tcp = @(Get-NetTCPConnection -ErrorAction SilentlyContinue | Select-Object LocalAddress, LocalPort, RemoteAddress, RemotePort, @{n='State';e={[string]$_.State}}, OwningProcess)
            $udp = @(Get-NetUDPEndpoint -ErrorAction SilentlyContinue | Select-Object LocalAddress, LocalPort, OwningProcess)
            [pscustomobject]@{ Tcp = $tcp; Udp = $udp } | ConvertTo-Json -Depth 3 -Compress
            """;

    /** MSFT_NetTCPConnection State names (and their numeric values) in Linux spelling. */
    private static final Map<String, String> TCP_STATES = Map.ofEntries(
            Map.entry("closed", "CLOSE"), Map.entry("1", "CLOSE"),
            Map.entry("listen", "LISTEN"), Map.entry("2", "LISTEN"),
            Map.entry("synsent", "SYN_SENT"), Map.entry("3", "SYN_SENT"),
            Map.entry("synreceived", "SYN_RECV"), Map.entry("4", "SYN_RECV"),
            Map.entry("established", "ESTABLISHED"), Map.entry("5", "ESTABLISHED"),
            Map.entry("finwait1", "FIN_WAIT1"), Map.entry("6", "FIN_WAIT1"),
            Map.entry("finwait2", "FIN_WAIT2"), Map.entry("7", "FIN_WAIT2"),
            Map.entry("closewait", "CLOSE_WAIT"), Map.entry("8", "CLOSE_WAIT"),
            Map.entry("closing", "CLOSING"), Map.entry("9", "CLOSING"),
            Map.entry("lastack", "LAST_ACK"), Map.entry("10", "LAST_ACK"),
            Map.entry("timewait", "TIME_WAIT"), Map.entry("11", "TIME_WAIT"),
            Map.entry("deletetcb", "CLOSE"), Map.entry("12", "CLOSE"),
            Map.entry("bound", "BOUND"), Map.entry("100", "BOUND"));

    private final WindowsSystem system;

    public WindowsSockets(WindowsSystem system) {
        this.system = system;
    }

    public List<WindowsSocket> list() throws ProbeException {
        return parse(system.powerShellJson("sockets", SCRIPT, false));
    }

    public static List<WindowsSocket> parse(JsonNode root) {
        List<WindowsSocket> sockets = new ArrayList<>();
        for (JsonNode row : CimJson.items(root.path("Tcp"))) {
            String local = CimJson.text(row, "LocalAddress");
            String state = TCP_STATES.getOrDefault(CimJson.text(row, "State").toLowerCase(Locale.ROOT), "UNKNOWN");
            boolean listener = state.equals("LISTEN");
            sockets.add(new WindowsSocket(local.contains(":") ? "tcp6" : "tcp", local,
                    (int) CimJson.number(row, "LocalPort", 0),
                    listener ? "" : CimJson.text(row, "RemoteAddress"),
                    listener ? 0 : (int) CimJson.number(row, "RemotePort", 0),
                    state, (int) CimJson.number(row, "OwningProcess", 0)));
        }
        for (JsonNode row : CimJson.items(root.path("Udp"))) {
            String local = CimJson.text(row, "LocalAddress");
            sockets.add(new WindowsSocket(local.contains(":") ? "udp6" : "udp", local,
                    (int) CimJson.number(row, "LocalPort", 0), "", 0, "UNCONN",
                    (int) CimJson.number(row, "OwningProcess", 0)));
        }
        return sockets;
    }
}

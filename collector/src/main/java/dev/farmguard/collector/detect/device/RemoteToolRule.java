package dev.farmguard.collector.detect.device;

import dev.farmguard.collector.catalog.Catalog;
import dev.farmguard.collector.catalog.SignatureWeight;
import dev.farmguard.collector.classify.Evidence;
import dev.farmguard.collector.classify.EvidenceField;
import dev.farmguard.collector.classify.SignatureMatch;
import dev.farmguard.collector.detect.DetectionConfig;
import dev.farmguard.collector.detect.DeviceContext;
import dev.farmguard.collector.detect.DeviceRule;
import dev.farmguard.collector.detect.Findings;
import dev.farmguard.collector.detect.ToolNames;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Finding.Severity;
import dev.farmguard.collector.model.RemoteAccess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Remote-access tools on the device, the IT department's sanctioned ones excepted. {@code remote_control.tool}:
 * installed, running or accepting connections on a non-loopback port (low), holding an open session (medium).
 * {@code remote_control.unattended} (high): unattended access configured. {@code remote_control.multiple_tools}
 * (medium): two or more tools at once, as DPRK cases show. {@code remote_control.os_server} (low): the OS's own
 * remote desktop server (RDP, VNC, screen sharing, Apple Remote Desktop) enabled and listening.
 */
public final class RemoteToolRule implements DeviceRule {

    /**
     * The agent's words for OS remote desktop servers ({@code OsRemoteDesktop.kind}); {@code remote_management} is
     * macOS's Apple Remote Desktop agent. {@code ssh} is deliberately not one: a shell is not a desktop.
     */
    public static final Set<String> OS_DESKTOP_SERVERS =
            Set.of("rdp", "vnc", "screen_sharing", "remote_management", "xrdp");

    private final DetectionConfig config;

    public RemoteToolRule(DetectionConfig config) {
        this.config = config;
    }

    @Override
    public String id() {
        return "remote_control";
    }

    @Override
    public List<Finding> evaluate(DeviceContext context) {
        List<Finding> out = new ArrayList<>();
        List<String> tools = new ArrayList<>();
        for (SignatureMatch tool : context.classification().remoteTools()) {
            if (config.sanctioned(tool.signatureId()).isPresent()) {
                continue;
            }
            tools.add(tool.signatureName());
            out.add(toolFinding(tool));
        }
        RemoteAccess access = context.latest().remoteAccess() == null ? RemoteAccess.EMPTY
                : context.latest().remoteAccess();
        unattended(access, context.classifier().catalog()).ifPresent(out::add);
        if (tools.size() >= 2) {
            out.add(Findings.of("remote_control.multiple_tools", Severity.MEDIUM,
                    tools.size() + " remote-access tools on one laptop").with("tools", tools).build());
        }
        for (RemoteAccess.OsServer server : access.osServers()) {
            String kind = server.kind().toLowerCase(Locale.ROOT);
            if (OS_DESKTOP_SERVERS.contains(kind) && server.enabled() && server.listening()
                    && config.sanctioned(kind).isEmpty()) {
                out.add(Findings.of("remote_control.os_server", Severity.LOW,
                                "the OS remote desktop server (" + kind + ") is enabled and listening")
                        .with("kind", kind).with("port", server.port()).build());
            }
        }
        return out;
    }

    private static Finding toolFinding(SignatureMatch tool) {
        boolean session = tool.has(EvidenceField.CONNECTION_PROCESS);
        boolean exposed = tool.evidence().stream().anyMatch(RemoteToolRule::listensBeyondLoopback);
        boolean running = tool.evidence().stream().anyMatch(e -> e.field().name().startsWith("PROCESS_")
                || e.field().name().startsWith("SERVICE_"));
        String state = session ? "has an open connection" : exposed ? "accepts connections from the network"
                : running ? "is running" : "is installed";
        // a live connection says someone is in now; listening is what the tool does by default once installed
        Severity severity = session ? Severity.MEDIUM
                : tool.weight() == SignatureWeight.GENERIC && !running && !exposed ? Severity.INFO : Severity.LOW;
        Map<String, Object> signature = new LinkedHashMap<>(tool.toEvidenceMap());
        return Findings.of("remote_control.tool", severity, tool.signatureName() + " " + state)
                .with("tool", tool.signatureId())
                .with("state", session ? "session" : exposed ? "listening" : running ? "running" : "installed")
                .with("signature", signature)
                .build();
    }

    /** A listening socket whose local address is not loopback ("tcp 0.0.0.0:7070 (AnyDesk.exe)"). */
    private static boolean listensBeyondLoopback(Evidence e) {
        if (e.field() != EvidenceField.LISTENING_PORT && e.field() != EvidenceField.LISTENER_PROCESS) {
            return false;
        }
        String observed = e.observed();
        int space = observed.indexOf(' ');
        String local = space < 0 ? observed : observed.substring(space + 1);
        return !(local.startsWith("127.") || local.startsWith("::1:") || local.startsWith("[::1]")
                || local.startsWith("localhost"));
    }

    private java.util.Optional<Finding> unattended(RemoteAccess access, Catalog catalog) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (RemoteAccess.Unattended u : access.unattended()) {
            String tool = ToolNames.catalogId(u.tool(), catalog);
            if (config.sanctioned(tool).isPresent()) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("tool", tool);
            entry.put("source", u.source());
            entry.put("detail", u.detail());
            entries.add(entry);
        }
        if (entries.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Findings.of("remote_control.unattended", Severity.HIGH,
                        "unattended remote access is configured (" + entries.get(0).get("tool") + ")")
                .with("entries", entries).build());
    }
}

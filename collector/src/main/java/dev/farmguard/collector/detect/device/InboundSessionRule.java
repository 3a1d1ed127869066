package dev.farmguard.collector.detect.device;

import dev.farmguard.collector.catalog.Catalog;
import dev.farmguard.collector.classify.LiveSession;
import dev.farmguard.collector.detect.DetectionConfig;
import dev.farmguard.collector.detect.DeviceContext;
import dev.farmguard.collector.detect.DeviceRule;
import dev.farmguard.collector.detect.Findings;
import dev.farmguard.collector.detect.IpAddresses;
import dev.farmguard.collector.net.IpLiteral;
import dev.farmguard.collector.detect.ToolNames;
import dev.farmguard.collector.detect.SanctionedTool;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Finding.Severity;
import dev.farmguard.collector.model.RemoteAccess;
import dev.farmguard.collector.model.UserSession;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Someone else drove the laptop. {@code remote_control.inbound_session} (high): incoming sessions in a remote
 * tool's own log (AnyDesk, TeamViewer) within the window, except those IT made over its sanctioned tool from its
 * own ids or networks; low when every session came from the laptop's own network (a private address, or the
 * laptop's own public address: someone at home streaming to it from their own PC, or helping from the next room).
 * {@code remote_control.os_remote_session} (medium): an active RDP/VNC session of the OS.
 * {@code remote_control.long_session} (high): such a session that has lasted {@code long-session} or more.
 * {@code remote_control.live_session} (medium; low when seen on one day only): check-ins that caught a remote tool's
 * session in progress (the process the tool runs only for a session, or its relay connection), for tools that keep
 * no log the agent reads (RustDesk, Chrome Remote Desktop); IT's sanctioned tools are judged by their logs instead.
 */
public final class InboundSessionRule implements DeviceRule {

    private final DetectionConfig config;

    public InboundSessionRule(DetectionConfig config) {
        this.config = config;
    }

    @Override
    public String id() {
        return "remote_control";
    }

    @Override
    public List<Finding> evaluate(DeviceContext context) {
        DeviceSnapshot latest = context.latest();
        Instant asOf = context.asOf();
        Instant from = asOf.minus(config.historyWindow());
        Catalog catalog = context.classifier().catalog();
        RemoteAccess access = latest.remoteAccess() == null ? RemoteAccess.EMPTY : latest.remoteAccess();
        List<RemoteAccess.LogEntry> sessions = new ArrayList<>();
        RemoteAccess.LogEntry longest = null;
        Duration longestLength = Duration.ZERO;
        for (RemoteAccess.LogEntry e : access.logEntries()) {
            if (!e.incoming() || e.time() == null || sanctioned(ToolNames.catalogId(e.tool(), catalog),
                    e.remoteId(), e.remoteAddress())) {
                continue;
            }
            if (e.endOr(Duration.ZERO).isBefore(from) || e.time().isAfter(asOf)) {
                continue;
            }
            sessions.add(e);
            if (e.endTime() == null) {
                continue; // how long it lasted is unknown: never "days"
            }
            Duration length = Duration.between(e.time(), e.endTime());
            if (length.compareTo(longestLength) > 0) {
                longest = e;
                longestLength = length;
            }
        }
        List<Finding> out = new ArrayList<>();
        if (!sessions.isEmpty()) {
            boolean allLocal = sessions.stream().allMatch(e -> fromOwnNetwork(e, latest.observedIp()));
            TreeSet<String> peers = new TreeSet<>();
            TreeSet<String> days = new TreeSet<>();
            sessions.forEach(e -> {
                peers.add(peer(e));
                days.add(e.time().toString().substring(0, 10));
            });
            out.add(Findings.of("remote_control.inbound_session", allLocal ? Severity.LOW : Severity.HIGH,
                            sessions.size() + " incoming remote session(s) from " + peers.size() + " peer(s) "
                                    + (allLocal ? "on the laptop's own network" : "not known to IT"))
                    .with("sessions", sessions.size())
                    .with("days", days.size())
                    .with("peers", List.copyOf(peers))
                    .with("examples", sessions.stream().limit(5).map(InboundSessionRule::describe).toList())
                    .build());
        }
        if (longest != null && longestLength.compareTo(config.thresholds().longSession()) >= 0) {
            out.add(longSession("the " + longest.tool() + " session from " + peer(longest), longestLength,
                    describe(longest)));
        }
        osSessions(latest, asOf, out);
        liveSessions(context, from, out);
        return out;
    }

    private void liveSessions(DeviceContext context, Instant from, List<Finding> out) {
        int checkIns = 0;
        int caught = 0;
        TreeSet<String> days = new TreeSet<>();
        TreeSet<String> tools = new TreeSet<>();
        List<String> examples = new ArrayList<>();
        for (DeviceSnapshot s : context.history()) {
            if (s.collectedAt().isBefore(from)) {
                continue;
            }
            checkIns++;
            List<LiveSession> live = context.liveSessions(s).stream()
                    .filter(l -> config.sanctioned(l.toolId()).isEmpty()).toList();
            if (live.isEmpty()) {
                continue;
            }
            caught++;
            days.add(s.collectedAt().toString().substring(0, 10));
            live.forEach(l -> tools.add(l.toolName()));
            if (examples.size() < 5) {
                examples.add(s.collectedAt() + ": " + live.get(0).toolName() + ", " + live.get(0).tell());
            }
        }
        if (caught == 0) {
            return;
        }
        out.add(Findings.of("remote_control.live_session", days.size() >= 2 ? Severity.MEDIUM : Severity.LOW,
                        "a " + String.join(" / ", tools) + " session was in progress at " + caught + " of " + checkIns
                                + " check-ins, on " + days.size() + " day(s)")
                .with("checkIns", caught).with("ofCheckIns", checkIns).with("days", days.size())
                .with("tools", List.copyOf(tools)).with("examples", examples).build());
    }

    private void osSessions(DeviceSnapshot latest, Instant asOf, List<Finding> out) {
        for (UserSession s : latest.sessions()) {
            String protocol = s.protocol() == null ? "" : s.protocol().toLowerCase(Locale.ROOT);
            if (s.kind() != UserSession.Kind.REMOTE || !s.active() || sanctioned(protocol, "", s.remoteHost())) {
                continue;
            }
            out.add(Findings.of("remote_control.os_remote_session", Severity.MEDIUM,
                            "an active " + protocol + " session from " + s.remoteHost())
                    .with("user", s.user()).with("protocol", protocol).with("remoteHost", s.remoteHost())
                    .with("startedAt", s.startedAt()).build());
            if (s.startedAt() != null) {
                Duration length = Duration.between(s.startedAt(), asOf);
                if (length.compareTo(config.thresholds().longSession()) >= 0) {
                    out.add(longSession("the " + protocol + " session from " + s.remoteHost(), length,
                            s.user() + "@" + s.remoteHost() + " since " + s.startedAt()));
                }
            }
        }
    }

    private static Finding longSession(String what, Duration length, Object example) {
        return Findings.of("remote_control.long_session", Severity.HIGH,
                        what + " has lasted " + length.toHours() + " hours")
                .with("hours", length.toHours()).with("session", example).build();
    }

    private boolean sanctioned(String tool, String peerId, String address) {
        Optional<SanctionedTool> t = config.sanctioned(tool);
        return t.isPresent() && t.get().sanctions(peerId, address);
    }

    /** The peer sits on the laptop's own network: a private address, or the laptop's own public address. */
    private static boolean fromOwnNetwork(RemoteAccess.LogEntry e, String laptopPublicIp) {
        Optional<InetAddress> peer = IpLiteral.parse(e.remoteAddress());
        if (peer.isEmpty()) {
            return false; // a relay id without an address: nothing says it is near
        }
        return !IpAddresses.isPublic(peer.get())
                || IpLiteral.parse(laptopPublicIp).map(peer.get()::equals).orElse(false);
    }

    private static String peer(RemoteAccess.LogEntry e) {
        String id = e.remoteId() == null || e.remoteId().isBlank() ? e.remoteAddress() : e.remoteId();
        return e.tool() + ":" + id;
    }

    private static Map<String, Object> describe(RemoteAccess.LogEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", e.tool());
        m.put("remoteId", e.remoteId());
        m.put("remoteAddress", e.remoteAddress() == null ? "" : e.remoteAddress());
        m.put("start", e.time().toString());
        m.put("end", e.endTime() == null ? "unknown" : e.endTime().toString());
        return m;
    }
}

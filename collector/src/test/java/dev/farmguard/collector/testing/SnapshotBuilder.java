package dev.farmguard.collector.testing;

import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Display;
import dev.farmguard.collector.model.Identity;
import dev.farmguard.collector.model.InputActivity;
import dev.farmguard.collector.model.Jiggler;
import dev.farmguard.collector.model.Locale;
import dev.farmguard.collector.model.Network;
import dev.farmguard.collector.model.Power;
import dev.farmguard.collector.model.RemoteAccess;
import dev.farmguard.collector.model.UsbDevice;
import dev.farmguard.collector.model.UserSession;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds model snapshots for rule tests: a Linux laptop on battery, lid open, its own panel lit, someone typing a
 * minute ago, nothing else; each method adds one fact. {@link #copy()} starts the next snapshot of a history.
 */
public final class SnapshotBuilder {

    public static final Instant T0 = Instant.parse("2025-03-03T14:00:00Z");

    private String deviceId;
    private long sequence = 1;
    private Instant at = T0;
    private String ip;
    private Identity.Chassis chassis = Identity.Chassis.LAPTOP;
    private final List<UsbDevice> usb = new ArrayList<>();
    private final List<Display> displays = new ArrayList<>();
    private final List<RemoteAccess.Process> processes = new ArrayList<>();
    private final List<RemoteAccess.Service> services = new ArrayList<>();
    private final List<RemoteAccess.Installed> installs = new ArrayList<>();
    private final List<RemoteAccess.Socket> listeners = new ArrayList<>();
    private final List<RemoteAccess.Socket> connections = new ArrayList<>();
    private final List<RemoteAccess.LogEntry> logs = new ArrayList<>();
    private final List<RemoteAccess.Unattended> unattended = new ArrayList<>();
    private final List<RemoteAccess.OsServer> osServers = new ArrayList<>();
    private final List<UserSession> sessions = new ArrayList<>();
    private long idleMillis = 60_000;
    private String inputSource = "/dev/input";
    private Power power = new Power(Power.Source.BATTERY, true, 70, 100, Power.Lid.OPEN);
    private final List<Network.Interface> interfaces = new ArrayList<>();
    private final List<Network.Gateway> gateways = new ArrayList<>();
    private Network.Wifi wifi;
    private final List<Network.VpnClient> vpns = new ArrayList<>();
    private Locale locale = Locale.UNKNOWN;
    private final List<Jiggler> jigglers = new ArrayList<>();
    private final List<DeviceSnapshot.ProbeError> probeErrors = new ArrayList<>();
    private long dropped;

    private SnapshotBuilder(String deviceId) {
        this.deviceId = deviceId;
        displays.add(new Display(new byte[0], "eDP-1", Display.Connection.INTERNAL, true, true, 1920, 1080));
    }

    public static SnapshotBuilder laptop(String deviceId) {
        return new SnapshotBuilder(deviceId);
    }

    /** The same device a while later: every fact kept, the next sequence, the time moved on. */
    public SnapshotBuilder copy(Duration later) {
        SnapshotBuilder b = new SnapshotBuilder(deviceId);
        b.sequence = sequence + 1;
        b.at = at.plus(later);
        b.ip = ip;
        b.chassis = chassis;
        b.usb.addAll(usb);
        b.displays.clear();
        b.displays.addAll(displays);
        b.processes.addAll(processes);
        b.services.addAll(services);
        b.installs.addAll(installs);
        b.listeners.addAll(listeners);
        b.connections.addAll(connections);
        b.logs.addAll(logs);
        b.unattended.addAll(unattended);
        b.osServers.addAll(osServers);
        b.sessions.addAll(sessions);
        b.idleMillis = idleMillis;
        b.inputSource = inputSource;
        b.power = power;
        b.interfaces.addAll(interfaces);
        b.gateways.addAll(gateways);
        b.wifi = wifi;
        b.vpns.addAll(vpns);
        b.locale = locale;
        b.jigglers.addAll(jigglers);
        b.probeErrors.addAll(probeErrors);
        b.dropped = dropped;
        return b;
    }

    /** {@code n} snapshots {@code step} apart, this one first, each changed by {@code change} (may be a no-op). */
    public List<DeviceSnapshot> series(int n, Duration step, java.util.function.BiConsumer<Integer, SnapshotBuilder> change) {
        List<DeviceSnapshot> out = new ArrayList<>();
        SnapshotBuilder b = this;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b = b.copy(step);
            }
            change.accept(i, b);
            out.add(b.build());
        }
        return out;
    }

    public SnapshotBuilder device(String id) {
        this.deviceId = id;
        return this;
    }

    public SnapshotBuilder sequence(long n) {
        this.sequence = n;
        return this;
    }

    public SnapshotBuilder at(Instant time) {
        this.at = time;
        return this;
    }

    public SnapshotBuilder ip(String observedIp) {
        this.ip = observedIp;
        return this;
    }

    public SnapshotBuilder chassis(Identity.Chassis c) {
        this.chassis = c;
        return this;
    }

    public SnapshotBuilder usb(UsbDevice device) {
        usb.add(device);
        return this;
    }

    public SnapshotBuilder noUsb() {
        usb.clear();
        return this;
    }

    /** Replaces the displays: the built-in panel (lit or dark), plus an external display with this EDID if not null. */
    public SnapshotBuilder displays(boolean panelLit, byte[] externalEdid) {
        displays.clear();
        displays.add(new Display(new byte[0], "eDP-1", Display.Connection.INTERNAL, true, panelLit, 1920, 1080));
        if (externalEdid != null) {
            displays.add(new Display(externalEdid, "HDMI-A-1", Display.Connection.EXTERNAL, true, true, 1920, 1080));
        }
        return this;
    }

    public SnapshotBuilder display(Display d) {
        displays.add(d);
        return this;
    }

    public SnapshotBuilder process(String name, String path, String tool) {
        processes.add(new RemoteAccess.Process(4000 + processes.size(), name, path, path, "root", T0, tool));
        return this;
    }

    public SnapshotBuilder process(String name, String path, String commandLine, String tool) {
        processes.add(new RemoteAccess.Process(4000 + processes.size(), name, path, commandLine, "root", T0, tool));
        return this;
    }

    public SnapshotBuilder noProcesses() {
        processes.clear();
        return this;
    }

    public SnapshotBuilder install(String path, String tool) {
        installs.add(new RemoteAccess.Installed(path, tool));
        return this;
    }

    public SnapshotBuilder listener(String address, int port, String processName) {
        listeners.add(new RemoteAccess.Socket("tcp", address, port, "", 0, 4000, processName, "LISTEN"));
        return this;
    }

    public SnapshotBuilder connection(String processName, String remote, int remotePort) {
        connections.add(new RemoteAccess.Socket("tcp", "192.168.1.20", 50000, remote, remotePort, 4000, processName,
                "ESTABLISHED"));
        return this;
    }

    /** A peer connected into {@code localPort} (which a listener of the tool should hold). */
    public SnapshotBuilder inboundConnection(String processName, int localPort, String remote, int remotePort) {
        connections.add(new RemoteAccess.Socket("tcp", "192.168.1.20", localPort, remote, remotePort, 4000, processName,
                "ESTABLISHED"));
        return this;
    }

    public SnapshotBuilder noConnections() {
        connections.clear();
        return this;
    }

    public SnapshotBuilder incoming(String tool, Instant start, Instant end, String remoteId, String remoteAddress) {
        logs.add(new RemoteAccess.LogEntry(tool, start, remoteId, remoteAddress, "incoming", "log", end));
        return this;
    }

    public SnapshotBuilder noLogs() {
        logs.clear();
        return this;
    }

    public SnapshotBuilder unattended(String tool) {
        unattended.add(new RemoteAccess.Unattended(tool, "service.conf", "password set"));
        return this;
    }

    public SnapshotBuilder osServer(String kind, boolean enabled) {
        osServers.add(new RemoteAccess.OsServer(kind, enabled, enabled, enabled ? 3389 : 0));
        return this;
    }

    public SnapshotBuilder session(UserSession.Kind kind, String protocol, String remoteHost, Instant started,
                                   boolean active) {
        sessions.add(new UserSession(Integer.toString(sessions.size() + 1), "user", kind, protocol, remoteHost,
                started, 0, active));
        return this;
    }

    public SnapshotBuilder noSessions() {
        sessions.clear();
        return this;
    }

    public SnapshotBuilder idle(long millis) {
        this.idleMillis = millis;
        this.inputSource = "/dev/input";
        return this;
    }

    /** Input as a graphical Linux session reports it while logind's idle hint is off (no time, just "not idle"). */
    public SnapshotBuilder logindNotIdle() {
        this.idleMillis = -1;
        this.inputSource = InputActivity.LOGIND_NOT_IDLE;
        return this;
    }

    public SnapshotBuilder power(Power.Source source, Power.Lid lid) {
        this.power = new Power(source, true, 90, 100, lid);
        return this;
    }

    public SnapshotBuilder gateway(String mac) {
        gateways.clear();
        gateways.add(new Network.Gateway("192.168.1.1", mac, "wlan0"));
        return this;
    }

    /** The default route through a VPN adapter named {@code tunnel} (see {@link #tunnel}). */
    public SnapshotBuilder gatewayThrough(String tunnel, String mac) {
        gateways.clear();
        gateways.add(new Network.Gateway("10.8.0.1", mac, tunnel));
        return this;
    }

    public SnapshotBuilder wifi(String bssid) {
        this.wifi = bssid == null ? null : new Network.Wifi("home", bssid, -50, 5180);
        return this;
    }

    public SnapshotBuilder vpn(String tool, String evidence, boolean running) {
        vpns.add(new Network.VpnClient(tool, evidence, running));
        return this;
    }

    public SnapshotBuilder noVpn() {
        vpns.clear();
        interfaces.removeIf(i -> i.type() == Network.InterfaceType.TUNNEL);
        return this;
    }

    public SnapshotBuilder tunnel(String name) {
        interfaces.add(new Network.Interface(name, name, "", Network.InterfaceType.TUNNEL, List.of("10.8.0.2"),
                List.of(), true, 0));
        return this;
    }

    public SnapshotBuilder locale(String zone, String tag, List<String> layouts, List<String> inputMethods) {
        int offset = zone.isEmpty() ? 0 : java.time.ZoneId.of(zone).getRules().getOffset(at).getTotalSeconds();
        this.locale = new Locale(zone, offset, tag, layouts, inputMethods, true);
        return this;
    }

    public SnapshotBuilder jiggler(String tool, String kind, String evidence) {
        jigglers.add(new Jiggler(tool, kind, evidence));
        return this;
    }

    public SnapshotBuilder probeError(String probe) {
        probeErrors.add(new DeviceSnapshot.ProbeError(probe, "failed"));
        return this;
    }

    public SnapshotBuilder noProbeErrors() {
        probeErrors.clear();
        return this;
    }

    public SnapshotBuilder dropped(long total) {
        this.dropped = total;
        return this;
    }

    public DeviceSnapshot build() {
        Identity identity = new Identity(deviceId + "-host", "LENOVO", "ThinkPad T14", "PF123", "uuid-" + deviceId,
                chassis, Identity.OsFamily.LINUX, "Ubuntu", "24.04", "6.8.0", "Intel i7", 8, 4, 16L << 30,
                T0.minus(Duration.ofDays(3)));
        RemoteAccess remote = new RemoteAccess(processes, services, installs, listeners, connections, logs, unattended,
                osServers);
        Network network = new Network(interfaces, gateways, wifi, List.of(), List.of(), vpns);
        return new DeviceSnapshot(deviceId, sequence, at, "0.1.0", "test", ip, identity, usb, displays, remote,
                sessions, new InputActivity(idleMillis, inputSource), power, network, locale, jigglers, probeErrors,
                dropped);
    }
}

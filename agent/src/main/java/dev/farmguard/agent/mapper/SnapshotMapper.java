package dev.farmguard.agent.mapper;

import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import dev.farmguard.agent.probe.CollectedSnapshot;
import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.probe.ProbeFailure;
import dev.farmguard.agent.probe.display.DisplayConnectionKind;
import dev.farmguard.agent.probe.display.DisplayInfo;
import dev.farmguard.agent.probe.identity.ChassisKind;
import dev.farmguard.agent.probe.identity.IdentityInfo;
import dev.farmguard.agent.probe.input.InputActivityInfo;
import dev.farmguard.agent.probe.jiggler.JigglerInfo;
import dev.farmguard.agent.probe.locale.LocaleInfo;
import dev.farmguard.agent.probe.network.AccessPointInfo;
import dev.farmguard.agent.probe.network.GatewayInfo;
import dev.farmguard.agent.probe.network.InterfaceInfo;
import dev.farmguard.agent.probe.network.InterfaceKind;
import dev.farmguard.agent.probe.network.NetworkInfo;
import dev.farmguard.agent.probe.network.VpnClientInfo;
import dev.farmguard.agent.probe.network.WifiInfo;
import dev.farmguard.agent.probe.power.PowerInfo;
import dev.farmguard.agent.probe.remote.InstallMatch;
import dev.farmguard.agent.probe.remote.OsRemoteDesktopInfo;
import dev.farmguard.agent.probe.remote.ProcessMatch;
import dev.farmguard.agent.probe.remote.RemoteAccessInfo;
import dev.farmguard.agent.probe.remote.RemoteLogEntryInfo;
import dev.farmguard.agent.probe.remote.ServiceMatch;
import dev.farmguard.agent.probe.remote.SocketInfo;
import dev.farmguard.agent.probe.remote.UnattendedInfo;
import dev.farmguard.agent.probe.session.SessionInfo;
import dev.farmguard.agent.probe.usb.UsbDeviceInfo;
import dev.farmguard.agent.probe.usb.UsbInterfaceInfo;
import dev.farmguard.proto.v1.ChassisType;
import dev.farmguard.proto.v1.DeviceIdentity;
import dev.farmguard.proto.v1.Display;
import dev.farmguard.proto.v1.DisplayConnection;
import dev.farmguard.proto.v1.Gateway;
import dev.farmguard.proto.v1.InputActivity;
import dev.farmguard.proto.v1.InstalledArtifact;
import dev.farmguard.proto.v1.InterfaceType;
import dev.farmguard.proto.v1.JigglerObservation;
import dev.farmguard.proto.v1.LidState;
import dev.farmguard.proto.v1.Locale;
import dev.farmguard.proto.v1.Network;
import dev.farmguard.proto.v1.NetworkInterface;
import dev.farmguard.proto.v1.OsFamily;
import dev.farmguard.proto.v1.OsRemoteDesktop;
import dev.farmguard.proto.v1.Power;
import dev.farmguard.proto.v1.PowerSource;
import dev.farmguard.proto.v1.ProbeError;
import dev.farmguard.proto.v1.ProcessInfo;
import dev.farmguard.proto.v1.RemoteAccess;
import dev.farmguard.proto.v1.RemoteLogEntry;
import dev.farmguard.proto.v1.ServiceInfo;
import dev.farmguard.proto.v1.SessionKind;
import dev.farmguard.proto.v1.Snapshot;
import dev.farmguard.proto.v1.Socket;
import dev.farmguard.proto.v1.UnattendedAccess;
import dev.farmguard.proto.v1.UsbDevice;
import dev.farmguard.proto.v1.UsbInterface;
import dev.farmguard.proto.v1.UserSession;
import dev.farmguard.proto.v1.VpnClient;
import dev.farmguard.proto.v1.WifiAccessPoint;
import dev.farmguard.proto.v1.WifiConnection;
import java.time.Instant;

/** The one place that turns probe records into the {@code farmguard.v1.Snapshot} wire message. */
public final class SnapshotMapper {

    /** What the snapshot carries besides the probe results. */
    public record Envelope(String deviceId, long sequence, String agentVersion, String catalogVersion,
                           long droppedSnapshotsTotal) {
    }

    private SnapshotMapper() {
    }

    public static Snapshot toProto(CollectedSnapshot collected, Envelope envelope) {
        Snapshot.Builder snapshot = Snapshot.newBuilder()
                .setDeviceId(envelope.deviceId())
                .setSequence(envelope.sequence())
                .setCollectedAt(timestamp(collected.collectedAt()))
                .setAgentVersion(envelope.agentVersion())
                .setCatalogVersion(envelope.catalogVersion())
                .setDroppedSnapshotsTotal(envelope.droppedSnapshotsTotal());
        if (collected.identity() != null) {
            snapshot.setIdentity(identity(collected.identity()));
        }
        collected.usbDevices().forEach(device -> snapshot.addUsbDevices(usb(device)));
        collected.displays().forEach(display -> snapshot.addDisplays(display(display)));
        if (collected.remoteAccess() != null) {
            snapshot.setRemoteAccess(remoteAccess(collected.remoteAccess()));
        }
        collected.sessions().forEach(session -> snapshot.addSessions(session(session)));
        if (collected.input() != null) {
            snapshot.setInput(input(collected.input()));
        }
        if (collected.power() != null) {
            snapshot.setPower(power(collected.power()));
        }
        if (collected.network() != null) {
            snapshot.setNetwork(network(collected.network()));
        }
        if (collected.locale() != null) {
            snapshot.setLocale(locale(collected.locale()));
        }
        collected.jigglers().forEach(jiggler -> snapshot.addJigglers(jiggler(jiggler)));
        for (ProbeFailure failure : collected.failures()) {
            snapshot.addProbeErrors(ProbeError.newBuilder().setProbe(failure.probe()).setMessage(failure.message()));
        }
        return snapshot.build();
    }

    public static OsFamily osFamily(Platform platform) {
        return switch (platform) {
            case LINUX -> OsFamily.OS_FAMILY_LINUX;
            case WINDOWS -> OsFamily.OS_FAMILY_WINDOWS;
            case MACOS -> OsFamily.OS_FAMILY_MACOS;
            case OTHER -> OsFamily.OS_FAMILY_UNSPECIFIED;
        };
    }

    private static DeviceIdentity identity(IdentityInfo id) {
        DeviceIdentity.Builder builder = DeviceIdentity.newBuilder()
                .setHostname(id.hostname())
                .setHardwareVendor(id.hardwareVendor())
                .setHardwareModel(id.hardwareModel())
                .setHardwareSerial(id.hardwareSerial())
                .setHardwareUuid(id.hardwareUuid())
                .setChassisType(chassis(id.chassis()))
                .setOsFamily(osFamily(id.osFamily()))
                .setOsName(id.osName())
                .setOsVersion(id.osVersion())
                .setOsBuild(id.osBuild())
                .setCpuModel(id.cpuModel())
                .setLogicalCpus(id.logicalCpus())
                .setPhysicalCpus(id.physicalCpus())
                .setTotalMemoryBytes(id.totalMemoryBytes());
        if (id.bootTime() != null) {
            builder.setBootTime(timestamp(id.bootTime()));
        }
        return builder.build();
    }

    private static ChassisType chassis(ChassisKind kind) {
        return switch (kind) {
            case LAPTOP -> ChassisType.CHASSIS_TYPE_LAPTOP;
            case DESKTOP -> ChassisType.CHASSIS_TYPE_DESKTOP;
            case SERVER -> ChassisType.CHASSIS_TYPE_SERVER;
            case VIRTUAL -> ChassisType.CHASSIS_TYPE_VIRTUAL;
            case OTHER -> ChassisType.CHASSIS_TYPE_OTHER;
            case UNKNOWN -> ChassisType.CHASSIS_TYPE_UNSPECIFIED;
        };
    }

    private static UsbDevice usb(UsbDeviceInfo d) {
        UsbDevice.Builder builder = UsbDevice.newBuilder()
                .setVendorId(d.vendorId())
                .setProductId(d.productId())
                .setManufacturer(d.manufacturer())
                .setProduct(d.product())
                .setSerial(d.serial())
                .setDeviceClass(d.deviceClass())
                .setAbsolutePointer(d.absolutePointer())
                .setLocation(d.location())
                .setSpeedMbps(d.speedMbps())
                .setScsiVendor(d.scsiVendor())
                .setScsiProduct(d.scsiProduct());
        for (UsbInterfaceInfo i : d.interfaces()) {
            builder.addInterfaces(UsbInterface.newBuilder()
                    .setInterfaceClass(i.interfaceClass())
                    .setInterfaceSubclass(i.interfaceSubclass())
                    .setInterfaceProtocol(i.interfaceProtocol()));
        }
        return builder.build();
    }

    private static Display display(DisplayInfo d) {
        return Display.newBuilder()
                .setEdid(ByteString.copyFrom(d.edid()))
                .setConnector(d.connector())
                .setConnection(connection(d.connection()))
                .setConnected(d.connected())
                .setActive(d.active())
                .setWidthPx(d.widthPx())
                .setHeightPx(d.heightPx())
                .build();
    }

    private static DisplayConnection connection(DisplayConnectionKind kind) {
        return switch (kind) {
            case INTERNAL -> DisplayConnection.DISPLAY_CONNECTION_INTERNAL;
            case EXTERNAL -> DisplayConnection.DISPLAY_CONNECTION_EXTERNAL;
            case VIRTUAL -> DisplayConnection.DISPLAY_CONNECTION_VIRTUAL;
            case UNKNOWN -> DisplayConnection.DISPLAY_CONNECTION_UNSPECIFIED;
        };
    }

    private static RemoteAccess remoteAccess(RemoteAccessInfo r) {
        RemoteAccess.Builder builder = RemoteAccess.newBuilder();
        for (ProcessMatch p : r.processes()) {
            ProcessInfo.Builder process = ProcessInfo.newBuilder()
                    .setPid(p.pid())
                    .setName(p.name())
                    .setPath(p.path())
                    .setCommandLine(p.commandLine())
                    .setUser(p.user())
                    .setMatchedTool(p.matchedTool());
            if (p.startedAt() != null) {
                process.setStartedAt(timestamp(p.startedAt()));
            }
            builder.addProcesses(process);
        }
        for (ServiceMatch s : r.services()) {
            builder.addServices(ServiceInfo.newBuilder().setName(s.name()).setDisplayName(s.displayName())
                    .setState(s.state()).setStartMode(s.startMode()).setPath(s.path()).setMatchedTool(s.matchedTool()));
        }
        for (InstallMatch i : r.installs()) {
            builder.addInstalls(InstalledArtifact.newBuilder().setPath(i.path()).setMatchedTool(i.matchedTool()));
        }
        r.listeners().forEach(s -> builder.addListeners(socket(s)));
        r.connections().forEach(s -> builder.addConnections(socket(s)));
        r.logEntries().forEach(e -> builder.addLogEntries(logEntry(e)));
        for (UnattendedInfo u : r.unattended()) {
            builder.addUnattended(UnattendedAccess.newBuilder().setTool(u.tool()).setSource(u.source())
                    .setDetail(u.detail()));
        }
        for (OsRemoteDesktopInfo o : r.osServers()) {
            builder.addOsServers(OsRemoteDesktop.newBuilder().setKind(o.kind()).setEnabled(o.enabled())
                    .setListening(o.listening()).setPort(o.port()));
        }
        return builder.build();
    }

    private static RemoteLogEntry logEntry(RemoteLogEntryInfo e) {
        RemoteLogEntry.Builder builder = RemoteLogEntry.newBuilder()
                .setTool(e.tool())
                .setRemoteId(e.remoteId())
                .setRemoteAddress(e.remoteAddress())
                .setDirection(e.direction())
                .setSource(e.source());
        if (e.time() != null) {
            builder.setTime(timestamp(e.time()));
        }
        if (e.endTime() != null) {
            builder.setEndTime(timestamp(e.endTime()));
        }
        return builder.build();
    }

    private static UserSession session(SessionInfo s) {
        UserSession.Builder builder = UserSession.newBuilder()
                .setSessionId(s.sessionId())
                .setUser(s.user())
                .setKind(sessionKind(s.kind()))
                .setProtocol(s.protocol())
                .setRemoteHost(s.remoteHost())
                .setIdleSeconds(s.idleSeconds())
                .setActive(s.active());
        if (s.startedAt() != null) {
            builder.setStartedAt(timestamp(s.startedAt()));
        }
        return builder.build();
    }

    private static SessionKind sessionKind(dev.farmguard.agent.probe.session.SessionKind kind) {
        return switch (kind) {
            case CONSOLE -> SessionKind.SESSION_KIND_CONSOLE;
            case REMOTE -> SessionKind.SESSION_KIND_REMOTE;
            case UNKNOWN -> SessionKind.SESSION_KIND_UNSPECIFIED;
        };
    }

    private static InputActivity input(InputActivityInfo i) {
        return InputActivity.newBuilder().setIdleMillis(i.idleMillis()).setSource(i.source()).build();
    }

    private static Power power(PowerInfo p) {
        return Power.newBuilder()
                .setSource(switch (p.source()) {
                    case AC -> PowerSource.POWER_SOURCE_AC;
                    case BATTERY -> PowerSource.POWER_SOURCE_BATTERY;
                    case UNKNOWN -> PowerSource.POWER_SOURCE_UNSPECIFIED;
                })
                .setHasBattery(p.hasBattery())
                .setBatteryPercent(p.batteryPercent())
                .setCycleCount(p.cycleCount())
                .setLid(switch (p.lid()) {
                    case OPEN -> LidState.LID_STATE_OPEN;
                    case CLOSED -> LidState.LID_STATE_CLOSED;
                    case UNKNOWN -> LidState.LID_STATE_UNSPECIFIED;
                })
                .build();
    }

    private static JigglerObservation jiggler(JigglerInfo j) {
        return JigglerObservation.newBuilder().setMatchedTool(j.matchedTool()).setKind(j.kind())
                .setEvidence(j.evidence()).build();
    }

    private static Socket socket(SocketInfo s) {
        return Socket.newBuilder()
                .setProtocol(s.protocol())
                .setLocalAddress(s.localAddress())
                .setLocalPort(s.localPort())
                .setRemoteAddress(s.remoteAddress())
                .setRemotePort(s.remotePort())
                .setPid(s.pid())
                .setProcessName(s.processName())
                .setState(s.state())
                .build();
    }

    private static Network network(NetworkInfo n) {
        Network.Builder builder = Network.newBuilder().addAllDnsServers(n.dnsServers());
        for (InterfaceInfo i : n.interfaces()) {
            builder.addInterfaces(NetworkInterface.newBuilder()
                    .setName(i.name())
                    .setDisplayName(i.displayName())
                    .setMac(i.mac())
                    .setType(interfaceType(i.kind()))
                    .addAllIpv4Addresses(i.ipv4Addresses())
                    .addAllIpv6Addresses(i.ipv6Addresses())
                    .setUp(i.up())
                    .setSpeedBps(i.speedBps()));
        }
        for (GatewayInfo g : n.gateways()) {
            builder.addGateways(Gateway.newBuilder().setIp(g.ip()).setMac(g.mac()).setInterfaceName(g.interfaceName()));
        }
        WifiInfo wifi = n.wifi();
        if (wifi != null) {
            builder.setWifi(WifiConnection.newBuilder().setSsid(wifi.ssid()).setBssid(wifi.bssid())
                    .setSignalDbm(wifi.signalDbm()).setFrequencyMhz(wifi.frequencyMhz()));
        }
        for (AccessPointInfo ap : n.visibleAccessPoints()) {
            builder.addVisibleAccessPoints(WifiAccessPoint.newBuilder().setSsid(ap.ssid()).setBssid(ap.bssid())
                    .setSignalDbm(ap.signalDbm()).setFrequencyMhz(ap.frequencyMhz()));
        }
        for (VpnClientInfo v : n.vpnClients()) {
            builder.addVpnClients(VpnClient.newBuilder().setMatchedTool(v.matchedTool()).setEvidence(v.evidence())
                    .setRunning(v.running()));
        }
        return builder.build();
    }

    private static InterfaceType interfaceType(InterfaceKind kind) {
        return switch (kind) {
            case ETHERNET -> InterfaceType.INTERFACE_TYPE_ETHERNET;
            case WIFI -> InterfaceType.INTERFACE_TYPE_WIFI;
            case LOOPBACK -> InterfaceType.INTERFACE_TYPE_LOOPBACK;
            case TUNNEL -> InterfaceType.INTERFACE_TYPE_TUNNEL;
            case VIRTUAL -> InterfaceType.INTERFACE_TYPE_VIRTUAL;
            case CELLULAR -> InterfaceType.INTERFACE_TYPE_CELLULAR;
            case OTHER -> InterfaceType.INTERFACE_TYPE_OTHER;
            case UNKNOWN -> InterfaceType.INTERFACE_TYPE_UNSPECIFIED;
        };
    }

    private static Locale locale(LocaleInfo l) {
        return Locale.newBuilder()
                .setTimeZone(l.timeZone())
                .setUtcOffsetSeconds(l.utcOffsetSeconds())
                .setLocale(l.locale())
                .addAllKeyboardLayouts(l.keyboardLayouts())
                .addAllInputMethods(l.inputMethods())
                .setClockSynchronized(Boolean.TRUE.equals(l.clockSynchronized()))
                .build();
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }
}

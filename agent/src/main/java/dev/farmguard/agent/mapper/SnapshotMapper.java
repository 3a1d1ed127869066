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
import dev.farmguard.agent.probe.locale.LocaleInfo;
import dev.farmguard.agent.probe.network.GatewayInfo;
import dev.farmguard.agent.probe.network.InterfaceInfo;
import dev.farmguard.agent.probe.network.InterfaceKind;
import dev.farmguard.agent.probe.network.NetworkInfo;
import dev.farmguard.agent.probe.network.VpnClientInfo;
import dev.farmguard.agent.probe.remote.InstallMatch;
import dev.farmguard.agent.probe.remote.ProcessMatch;
import dev.farmguard.agent.probe.remote.RemoteAccessInfo;
import dev.farmguard.agent.probe.remote.ServiceMatch;
import dev.farmguard.agent.probe.remote.SocketInfo;
import dev.farmguard.agent.probe.usb.UsbDeviceInfo;
import dev.farmguard.agent.probe.usb.UsbInterfaceInfo;
import dev.farmguard.proto.v1.ChassisType;
import dev.farmguard.proto.v1.DeviceIdentity;
import dev.farmguard.proto.v1.Display;
import dev.farmguard.proto.v1.DisplayConnection;
import dev.farmguard.proto.v1.Gateway;
import dev.farmguard.proto.v1.InstalledArtifact;
import dev.farmguard.proto.v1.InterfaceType;
import dev.farmguard.proto.v1.Locale;
import dev.farmguard.proto.v1.Network;
import dev.farmguard.proto.v1.NetworkInterface;
import dev.farmguard.proto.v1.OsFamily;
import dev.farmguard.proto.v1.ProbeError;
import dev.farmguard.proto.v1.ProcessInfo;
import dev.farmguard.proto.v1.RemoteAccess;
import dev.farmguard.proto.v1.ServiceInfo;
import dev.farmguard.proto.v1.Snapshot;
import dev.farmguard.proto.v1.Socket;
import dev.farmguard.proto.v1.UsbDevice;
import dev.farmguard.proto.v1.UsbInterface;
import dev.farmguard.proto.v1.VpnClient;
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
        if (collected.network() != null) {
            snapshot.setNetwork(network(collected.network()));
        }
        if (collected.locale() != null) {
            snapshot.setLocale(locale(collected.locale()));
        }
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
        return builder.build();
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

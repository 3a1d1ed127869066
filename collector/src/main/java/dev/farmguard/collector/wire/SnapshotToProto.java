package dev.farmguard.collector.wire;

import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Identity;
import dev.farmguard.proto.v1.ChassisType;
import dev.farmguard.proto.v1.DeviceIdentity;
import dev.farmguard.proto.v1.DisplayConnection;
import dev.farmguard.proto.v1.JigglerObservation;
import dev.farmguard.proto.v1.LidState;
import dev.farmguard.proto.v1.OsFamily;
import dev.farmguard.proto.v1.PowerSource;
import dev.farmguard.proto.v1.ProbeError;
import dev.farmguard.proto.v1.SessionKind;
import dev.farmguard.proto.v1.Snapshot;
import dev.farmguard.proto.v1.UsbInterface;
import java.time.Instant;

/**
 * {@link DeviceSnapshot} back to {@code farmguard.v1.Snapshot} (replay files, tests). Model enums list their
 * constants in the proto's number order, UNKNOWN first, so {@code ordinal()} is the wire number.
 */
final class SnapshotToProto {

    private SnapshotToProto() {}

    static Snapshot convert(DeviceSnapshot m) {
        Snapshot.Builder b = Snapshot.newBuilder().setDeviceId(m.deviceId()).setSequence(m.sequence())
                .setAgentVersion(m.agentVersion()).setCatalogVersion(m.catalogVersion())
                .setDroppedSnapshotsTotal(m.droppedSnapshotsTotal());
        if (m.collectedAt() != null) {
            b.setCollectedAt(timestamp(m.collectedAt()));
        }
        if (m.identity() != null) {
            b.setIdentity(identity(m.identity()));
        }
        m.usbDevices().forEach(u -> b.addUsbDevices(dev.farmguard.proto.v1.UsbDevice.newBuilder()
                .setVendorId(u.vendorId()).setProductId(u.productId()).setManufacturer(u.manufacturer())
                .setProduct(u.product()).setSerial(u.serial()).setDeviceClass(u.deviceClass())
                .addAllInterfaces(u.interfaces().stream().map(i -> UsbInterface.newBuilder()
                        .setInterfaceClass(i.interfaceClass()).setInterfaceSubclass(i.interfaceSubclass())
                        .setInterfaceProtocol(i.interfaceProtocol()).build()).toList())
                .setAbsolutePointer(u.absolutePointer()).setLocation(u.location()).setSpeedMbps(u.speedMbps())
                .setScsiVendor(u.scsiVendor()).setScsiProduct(u.scsiProduct())));
        m.displays().forEach(d -> b.addDisplays(dev.farmguard.proto.v1.Display.newBuilder()
                .setEdid(ByteString.copyFrom(d.edid())).setConnector(d.connector())
                .setConnection(DisplayConnection.forNumber(d.connection().ordinal())).setConnected(d.connected())
                .setActive(d.active()).setWidthPx(d.widthPx()).setHeightPx(d.heightPx())));
        b.setRemoteAccess(RemoteAccessToProto.convert(m.remoteAccess()));
        m.sessions().forEach(s -> {
            var sb = dev.farmguard.proto.v1.UserSession.newBuilder().setSessionId(s.sessionId()).setUser(s.user())
                    .setKind(SessionKind.forNumber(s.kind().ordinal())).setProtocol(s.protocol())
                    .setRemoteHost(s.remoteHost()).setIdleSeconds(s.idleSeconds()).setActive(s.active());
            if (s.startedAt() != null) {
                sb.setStartedAt(timestamp(s.startedAt()));
            }
            b.addSessions(sb);
        });
        b.setInput(dev.farmguard.proto.v1.InputActivity.newBuilder().setIdleMillis(m.input().idleMillis())
                .setSource(m.input().source()));
        b.setPower(dev.farmguard.proto.v1.Power.newBuilder()
                .setSource(PowerSource.forNumber(m.power().source().ordinal())).setHasBattery(m.power().hasBattery())
                .setBatteryPercent(m.power().batteryPercent()).setCycleCount(m.power().cycleCount())
                .setLid(LidState.forNumber(m.power().lid().ordinal())));
        b.setNetwork(NetworkToProto.convert(m.network()));
        b.setLocale(dev.farmguard.proto.v1.Locale.newBuilder().setTimeZone(m.locale().timeZone())
                .setUtcOffsetSeconds(m.locale().utcOffsetSeconds()).setLocale(m.locale().locale())
                .addAllKeyboardLayouts(m.locale().keyboardLayouts()).addAllInputMethods(m.locale().inputMethods())
                .setClockSynchronized(m.locale().clockSynchronized()));
        m.jigglers().forEach(j -> b.addJigglers(JigglerObservation.newBuilder().setMatchedTool(j.matchedTool())
                .setKind(j.kind()).setEvidence(j.evidence())));
        m.probeErrors().forEach(e -> b.addProbeErrors(ProbeError.newBuilder().setProbe(e.probe())
                .setMessage(e.message())));
        return b.build();
    }

    static DeviceIdentity identity(Identity i) {
        DeviceIdentity.Builder b = DeviceIdentity.newBuilder().setHostname(i.hostname())
                .setHardwareVendor(i.hardwareVendor()).setHardwareModel(i.hardwareModel())
                .setHardwareSerial(i.hardwareSerial()).setHardwareUuid(i.hardwareUuid())
                .setChassisType(ChassisType.forNumber(i.chassis().ordinal()))
                .setOsFamily(osFamily(i.osFamily())).setOsName(i.osName()).setOsVersion(i.osVersion())
                .setOsBuild(i.osBuild()).setCpuModel(i.cpuModel()).setLogicalCpus(i.logicalCpus())
                .setPhysicalCpus(i.physicalCpus()).setTotalMemoryBytes(i.totalMemoryBytes());
        if (i.bootTime() != null) {
            b.setBootTime(timestamp(i.bootTime()));
        }
        return b.build();
    }

    static OsFamily osFamily(Identity.OsFamily f) {
        return OsFamily.forNumber(f.ordinal());
    }

    static Timestamp timestamp(Instant t) {
        return Timestamp.newBuilder().setSeconds(t.getEpochSecond()).setNanos(t.getNano()).build();
    }
}

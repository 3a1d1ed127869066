package dev.farmguard.collector.wire;

import com.google.protobuf.Timestamp;
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
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * {@code farmguard.v1.Snapshot} to {@link DeviceSnapshot}. Absent sub-messages become the model's "unknown"
 * values (identity: null); unknown enum numbers become UNKNOWN. Validation is {@link SnapshotValidator}'s job.
 */
final class SnapshotFromProto {

    private SnapshotFromProto() {}

    static DeviceSnapshot convert(dev.farmguard.proto.v1.Snapshot s, String observedIp) {
        return new DeviceSnapshot(s.getDeviceId(), s.getSequence(), instant(s.hasCollectedAt(), s.getCollectedAt()),
                s.getAgentVersion(), s.getCatalogVersion(), observedIp,
                s.hasIdentity() ? identity(s.getIdentity()) : null,
                map(s.getUsbDevicesList(), SnapshotFromProto::usb),
                map(s.getDisplaysList(), SnapshotFromProto::display),
                s.hasRemoteAccess() ? RemoteAccessFromProto.convert(s.getRemoteAccess()) : RemoteAccess.EMPTY,
                map(s.getSessionsList(), SnapshotFromProto::session),
                s.hasInput() ? new InputActivity(s.getInput().getIdleMillis(), s.getInput().getSource())
                        : InputActivity.UNKNOWN,
                s.hasPower() ? power(s.getPower()) : Power.UNKNOWN,
                s.hasNetwork() ? NetworkFromProto.convert(s.getNetwork()) : Network.EMPTY,
                s.hasLocale() ? locale(s.getLocale()) : Locale.UNKNOWN,
                map(s.getJigglersList(), j -> new Jiggler(j.getMatchedTool(), j.getKind(), j.getEvidence())),
                map(s.getProbeErrorsList(), e -> new DeviceSnapshot.ProbeError(e.getProbe(), e.getMessage())),
                s.getDroppedSnapshotsTotal());
    }

    static Identity identity(dev.farmguard.proto.v1.DeviceIdentity i) {
        return new Identity(i.getHostname(), i.getHardwareVendor(), i.getHardwareModel(), i.getHardwareSerial(),
                i.getHardwareUuid(), chassis(i.getChassisType()), osFamily(i.getOsFamily()), i.getOsName(),
                i.getOsVersion(), i.getOsBuild(), i.getCpuModel(), clampInt(i.getLogicalCpus()),
                clampInt(i.getPhysicalCpus()), i.getTotalMemoryBytes(), instant(i.hasBootTime(), i.getBootTime()));
    }

    static Identity.OsFamily osFamily(dev.farmguard.proto.v1.OsFamily f) {
        return switch (f) {
            case OS_FAMILY_WINDOWS -> Identity.OsFamily.WINDOWS;
            case OS_FAMILY_MACOS -> Identity.OsFamily.MACOS;
            case OS_FAMILY_LINUX -> Identity.OsFamily.LINUX;
            default -> Identity.OsFamily.UNKNOWN;
        };
    }

    private static Identity.Chassis chassis(dev.farmguard.proto.v1.ChassisType c) {
        return switch (c) {
            case CHASSIS_TYPE_LAPTOP -> Identity.Chassis.LAPTOP;
            case CHASSIS_TYPE_DESKTOP -> Identity.Chassis.DESKTOP;
            case CHASSIS_TYPE_SERVER -> Identity.Chassis.SERVER;
            case CHASSIS_TYPE_VIRTUAL -> Identity.Chassis.VIRTUAL;
            case CHASSIS_TYPE_OTHER -> Identity.Chassis.OTHER;
            default -> Identity.Chassis.UNKNOWN;
        };
    }

    private static UsbDevice usb(dev.farmguard.proto.v1.UsbDevice u) {
        return new UsbDevice(clampInt(u.getVendorId()), clampInt(u.getProductId()), u.getManufacturer(), u.getProduct(),
                u.getSerial(), clampInt(u.getDeviceClass()),
                map(u.getInterfacesList(), i -> new UsbDevice.UsbInterface(clampInt(i.getInterfaceClass()),
                        clampInt(i.getInterfaceSubclass()), clampInt(i.getInterfaceProtocol()))),
                u.getAbsolutePointer(), u.getLocation(), clampInt(u.getSpeedMbps()), u.getScsiVendor(),
                u.getScsiProduct());
    }

    private static Display display(dev.farmguard.proto.v1.Display d) {
        Display.Connection connection = switch (d.getConnection()) {
            case DISPLAY_CONNECTION_INTERNAL -> Display.Connection.INTERNAL;
            case DISPLAY_CONNECTION_EXTERNAL -> Display.Connection.EXTERNAL;
            case DISPLAY_CONNECTION_VIRTUAL -> Display.Connection.VIRTUAL;
            default -> Display.Connection.UNKNOWN;
        };
        return new Display(d.getEdid().toByteArray(), d.getConnector(), connection, d.getConnected(), d.getActive(),
                clampInt(d.getWidthPx()), clampInt(d.getHeightPx()));
    }

    private static UserSession session(dev.farmguard.proto.v1.UserSession s) {
        UserSession.Kind kind = switch (s.getKind()) {
            case SESSION_KIND_CONSOLE -> UserSession.Kind.CONSOLE;
            case SESSION_KIND_REMOTE -> UserSession.Kind.REMOTE;
            default -> UserSession.Kind.UNKNOWN;
        };
        return new UserSession(s.getSessionId(), s.getUser(), kind, s.getProtocol(), s.getRemoteHost(),
                instant(s.hasStartedAt(), s.getStartedAt()), s.getIdleSeconds(), s.getActive());
    }

    private static Power power(dev.farmguard.proto.v1.Power p) {
        Power.Source source = switch (p.getSource()) {
            case POWER_SOURCE_AC -> Power.Source.AC;
            case POWER_SOURCE_BATTERY -> Power.Source.BATTERY;
            default -> Power.Source.UNKNOWN;
        };
        Power.Lid lid = switch (p.getLid()) {
            case LID_STATE_OPEN -> Power.Lid.OPEN;
            case LID_STATE_CLOSED -> Power.Lid.CLOSED;
            default -> Power.Lid.UNKNOWN;
        };
        return new Power(source, p.getHasBattery(), p.getBatteryPercent(), p.getCycleCount(), lid);
    }

    private static Locale locale(dev.farmguard.proto.v1.Locale l) {
        return new Locale(l.getTimeZone(), l.getUtcOffsetSeconds(), l.getLocale(), l.getKeyboardLayoutsList(),
                l.getInputMethodsList(), l.getClockSynchronized());
    }

    static Instant instant(boolean present, Timestamp t) {
        return present ? Instant.ofEpochSecond(t.getSeconds(), t.getNanos()) : null;
    }

    /** proto uint32 arrives as a signed int; values above 2^31 are nonsense for every field here. */
    static int clampInt(int unsigned) {
        return unsigned < 0 ? Integer.MAX_VALUE : unsigned;
    }

    static <P, M> List<M> map(List<P> in, Function<P, M> f) {
        return in.stream().map(f).toList();
    }
}

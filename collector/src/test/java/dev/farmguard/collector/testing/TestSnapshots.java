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
import java.time.Instant;
import java.util.List;

/** Model snapshots with every family filled in, for tests. */
public final class TestSnapshots {

    public static final Instant T0 = Instant.parse("2026-03-02T15:04:05.123456789Z");

    private TestSnapshots() {}

    public static DeviceSnapshot minimal(String deviceId, long sequence, Instant collectedAt) {
        return new DeviceSnapshot(deviceId, sequence, collectedAt, "0.1.0", "2026.11.21", null,
                identity(deviceId + "-host"), List.of(), List.of(), RemoteAccess.EMPTY, List.of(),
                InputActivity.UNKNOWN, Power.UNKNOWN, Network.EMPTY, Locale.UNKNOWN, List.of(), List.of(), 0);
    }

    public static Identity identity(String hostname) {
        return new Identity(hostname, "LENOVO", "ThinkPad T14", "PF123", "uuid-1", Identity.Chassis.LAPTOP,
                Identity.OsFamily.LINUX, "Ubuntu", "24.04", "6.8.0", "Intel i7", 8, 4, 16L << 30,
                Instant.parse("2026-03-01T08:00:00Z"));
    }

    public static DeviceSnapshot full(String deviceId, long sequence) {
        byte[] edid = new byte[128];
        edid[0] = 0;
        edid[1] = (byte) 0xFF;
        UsbDevice kvm = new UsbDevice(0x1d6b, 0x0104, "PiKVM", "PiKVM Composite Device", "CAFEBABE", 0,
                List.of(new UsbDevice.UsbInterface(3, 1, 1), new UsbDevice.UsbInterface(8, 6, 80)), true, "1-2",
                480, "PiKVM", "Optical Drive");
        RemoteAccess remote = new RemoteAccess(
                List.of(new RemoteAccess.Process(4242, "anydesk", "/usr/bin/anydesk", "anydesk --service", "root",
                        T0.minusSeconds(3600), "anydesk")),
                List.of(new RemoteAccess.Service("anydesk.service", "AnyDesk", "running", "auto", "/usr/bin/anydesk",
                        "anydesk")),
                List.of(new RemoteAccess.Installed("/usr/bin/anydesk", "anydesk")),
                List.of(new RemoteAccess.Socket("tcp", "0.0.0.0", 7070, "", 0, 4242, "anydesk", "LISTEN")),
                List.of(new RemoteAccess.Socket("tcp", "10.0.0.5", 51000, "198.51.100.9", 443, 4242, "anydesk",
                        "ESTABLISHED")),
                List.of(new RemoteAccess.LogEntry("anydesk", T0.minusSeconds(600), "123456789", "198.51.100.9",
                        "incoming", "connection_trace.txt", null)),
                List.of(new RemoteAccess.Unattended("anydesk", "/etc/anydesk/system.conf", "ad.security.pwd set")),
                List.of(new RemoteAccess.OsServer("ssh", true, true, 22)));
        Network network = new Network(
                List.of(new Network.Interface("wlan0", "Wi-Fi", "aa:bb:cc:dd:ee:ff", Network.InterfaceType.WIFI,
                        List.of("10.0.0.5"), List.of("fe80::1"), true, 866_000_000L)),
                List.of(new Network.Gateway("10.0.0.1", "11:22:33:44:55:66", "wlan0")),
                new Network.Wifi("home", "66:55:44:33:22:11", -51, 5180),
                List.of(new Network.AccessPoint("neighbour", "01:02:03:04:05:06", -80, 2412)),
                List.of("10.0.0.1"), List.of(new Network.VpnClient("astrill", "/usr/local/Astrill", true)));
        return new DeviceSnapshot(deviceId, sequence, T0, "0.1.0", "2026.11.21", null, identity(deviceId + "-host"),
                List.of(kvm), List.of(new Display(edid, "card0-HDMI-A-1", Display.Connection.EXTERNAL, true, true,
                        1920, 1080)),
                remote, List.of(new UserSession("2", "alice", UserSession.Kind.REMOTE, "rdp", "198.51.100.9",
                        T0.minusSeconds(86_400), 30, true)),
                new InputActivity(120_000, "/dev/input"),
                new Power(Power.Source.AC, true, 100.0, 312, Power.Lid.CLOSED), network,
                new Locale("Asia/Pyongyang", 32_400, "ko-KP", List.of("us", "kr"), List.of("ibus:hangul"), true),
                List.of(new Jiggler("mouse-jiggler", "process", "MouseJiggler.exe")),
                List.of(new DeviceSnapshot.ProbeError("power", "no battery info")), 3);
    }
}

package dev.farmguard.agent.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.farmguard.agent.probe.identity.IdentityInfo;
import dev.farmguard.agent.probe.input.InputActivityInfo;
import dev.farmguard.agent.probe.locale.LocaleInfo;
import dev.farmguard.agent.probe.network.InterfaceKind;
import dev.farmguard.agent.probe.network.NetworkInfo;
import dev.farmguard.agent.probe.power.LidKind;
import dev.farmguard.agent.probe.power.PowerInfo;
import dev.farmguard.agent.probe.remote.ProcessMatch;
import dev.farmguard.agent.probe.remote.RemoteAccessInfo;
import dev.farmguard.agent.probe.session.SessionInfo;
import dev.farmguard.agent.testing.TestCatalog;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The Linux readers on this machine, checked against invariants of /proc and /sys. */
@EnabledOnOs(OS.LINUX)
class LinuxProbesIT {

    @TempDir
    static Path bin;
    private static Process fakeVnc;
    private static Process fakeAnyDesk;
    private static ServerSocket vncPort;
    private static CollectedSnapshot snapshot;
    private static Instant started;

    @BeforeAll
    static void startARemoteToolLookalikeAndCollect() throws IOException {
        Path x11vnc = Files.copy(Path.of("/bin/sleep"), bin.resolve("x11vnc"), StandardCopyOption.COPY_ATTRIBUTES);
        Path anyDesk = Files.copy(Path.of("/bin/sleep"), bin.resolve("AnyDesk"), StandardCopyOption.COPY_ATTRIBUTES);
        started = Instant.now();
        fakeVnc = new ProcessBuilder(x11vnc.toString(), "300").start();
        fakeAnyDesk = new ProcessBuilder(anyDesk.toString(), "300").start();
        try {
            vncPort = new ServerSocket(5900);
        } catch (BindException e) {
            fail("port 5900 is busy on this machine (" + e.getMessage() + "); free it to run this test");
        }
        ProbeContext context = new ProbeContext(Platform.LINUX, Path.of("/"), TestCatalog::matcher, System.getenv(),
                Clock.systemUTC());
        try (SnapshotCollector collector = new SnapshotCollector(ProbeSet.forPlatform(context), Clock.systemUTC(),
                Duration.ofSeconds(30))) {
            snapshot = collector.collect();
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (fakeVnc != null) {
            fakeVnc.destroy();
        }
        if (fakeAnyDesk != null) {
            fakeAnyDesk.destroy();
        }
        if (vncPort != null) {
            vncPort.close();
        }
    }

    @Test
    void identityMatchesProcAndTheJvm() throws IOException {
        IdentityInfo id = snapshot.identity();
        String hostname = Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();

        assertThat(id.hostname()).isEqualTo(hostname);
        assertThat(InetAddress.getLocalHost().getHostName()).startsWith(hostname);
        long processors = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("processor")).count();
        assertThat(id.logicalCpus()).isEqualTo(processors).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(id.physicalCpus()).isBetween(1, id.logicalCpus());
        long memTotalKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElseThrow();
        assertThat(id.totalMemoryBytes()).isEqualTo(memTotalKb * 1024);
        long btime = Files.readAllLines(Path.of("/proc/stat")).stream().filter(l -> l.startsWith("btime "))
                .map(l -> Long.parseLong(l.substring(6).trim())).findFirst().orElseThrow();
        assertThat(id.bootTime().getEpochSecond()).isBetween(btime - 2, btime + 2);
        assertThat(id.osBuild()).isEqualTo(Files.readString(Path.of("/proc/sys/kernel/osrelease")).trim());
    }

    @Test
    void theFakeRemoteToolIsReportedWithItsStartTime() {
        RemoteAccessInfo remote = snapshot.remoteAccess();

        assertThat(remote.processes()).filteredOn(p -> p.pid() == fakeVnc.pid()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("x11vnc");
            assertThat(p.matchedTool()).isEqualTo("vnc");
            assertThat(p.path()).isEqualTo(bin.resolve("x11vnc").toString());
            assertThat(p.commandLine()).endsWith("x11vnc 300");
            assertThat(p.startedAt()).isBetween(started.minusSeconds(2), Instant.now());
        });
        assertThat(remote.processes()).extracting(ProcessMatch::matchedTool).doesNotContainNull();
    }

    @Test
    void aProcessNamedAnyDeskIsReportedAsAnyDesk() {
        assertThat(snapshot.remoteAccess().processes()).filteredOn(p -> p.pid() == fakeAnyDesk.pid()).singleElement()
                .satisfies(p -> {
                    assertThat(p.name()).isEqualTo("AnyDesk");
                    assertThat(p.matchedTool()).isEqualTo("anydesk");
                    assertThat(p.path()).isEqualTo(bin.resolve("AnyDesk").toString());
                });
    }

    @Test
    void theVncPortListenerMakesAListeningVncServer() {
        assertThat(snapshot.remoteAccess().osServers()).filteredOn(o -> o.kind().equals("vnc")).singleElement()
                .satisfies(o -> {
                    assertThat(o.listening()).isTrue();
                    assertThat(o.port()).isEqualTo(5900);
                });
    }

    @Test
    void theListenerOnPort5900IsReportedWithThisJvmAsOwner() {
        assertThat(snapshot.remoteAccess().listeners())
                .filteredOn(s -> s.localPort() == 5900 && s.protocol().startsWith("tcp"))
                .singleElement().satisfies(s -> {
                    assertThat(s.state()).isEqualTo("LISTEN");
                    assertThat(s.pid()).isEqualTo(ProcessHandle.current().pid());
                    assertThat(s.processName()).isEqualTo("java");
                });
    }

    @Test
    void networkAndLocaleAreReadable() throws IOException {
        NetworkInfo network = snapshot.network();
        assertThat(network.interfaces()).anySatisfy(nic -> {
            assertThat(nic.name()).isEqualTo("lo");
            assertThat(nic.kind()).isEqualTo(InterfaceKind.LOOPBACK);
            assertThat(nic.ipv4Addresses()).contains("127.0.0.1");
        });
        List<String> route = Files.readAllLines(Path.of("/proc/net/route"));
        boolean hasDefaultRoute = route.stream().skip(1).anyMatch(l -> l.split("\\s+")[1].equals("00000000"));
        assertThat(network.gateways().isEmpty()).isEqualTo(!hasDefaultRoute);

        LocaleInfo locale = snapshot.locale();
        assertThat(ZoneId.of(locale.timeZone()).getRules().getOffset(Instant.now()).getTotalSeconds())
                .isEqualTo(locale.utcOffsetSeconds());
        assertThat(snapshot.failures()).extracting(ProbeFailure::probe).doesNotContain("identity", "locale", "network");
    }

    @Test
    void sessionsAreThoseLogindOrUtmpKnows() throws IOException {
        Path sessionsDir = Path.of("/run/systemd/sessions");
        List<String> logindIds = entries(sessionsDir).stream().map(p -> p.getFileName().toString())
                .filter(n -> !n.endsWith(".ref")).toList();
        boolean utmp = Files.exists(Path.of("/run/utmp")) || Files.exists(Path.of("/var/run/utmp"));
        if (logindIds.isEmpty() && !utmp) {
            assertThat(snapshot.sessions()).isEmpty();
        } else if (!logindIds.isEmpty()) {
            assertThat(snapshot.sessions()).extracting(SessionInfo::sessionId).isSubsetOf(logindIds);
        }
        assertThat(snapshot.sessions()).allSatisfy(s -> assertThat(s.idleSeconds()).isGreaterThanOrEqualTo(-1));
    }

    @Test
    void inputIdleIsAFigureOrHonestlyUnknown() {
        InputActivityInfo input = snapshot.input();
        assertThat(input).isNotNull();
        assertThat(input.idleMillis()).isGreaterThanOrEqualTo(-1);
        if (System.getenv("DISPLAY") == null && !Files.isDirectory(Path.of("/run/systemd/sessions"))) {
            assertThat(input).isEqualTo(InputActivityInfo.unknown());
        }
        if (input.idleMillis() == -1) {
            assertThat(input.source()).isIn("", "logind:IdleHint=no");
        }
    }

    @Test
    void powerMatchesSysfs() throws IOException {
        PowerInfo power = snapshot.power();
        Path supplies = Path.of("/sys/class/power_supply");
        boolean anyBattery = entries(supplies).stream()
                .anyMatch(p -> readOrEmpty(p.resolve("type")).equals("Battery")
                        && !readOrEmpty(p.resolve("scope")).equals("Device"));
        assertThat(power.hasBattery()).isEqualTo(anyBattery);
        if (!anyBattery) {
            assertThat(power.batteryPercent()).isEqualTo(-1);
            assertThat(power.cycleCount()).isEqualTo(-1);
        }
        if (!Files.isDirectory(Path.of("/proc/acpi/button/lid"))) {
            assertThat(power.lid()).isEqualTo(LidKind.UNKNOWN);
        }
    }

    @Test
    void wifiOnlyWhereTheKernelHasWirelessInterfaces() throws IOException {
        Path net = Path.of("/sys/class/net");
        boolean wireless = Files.exists(Path.of("/proc/net/wireless"))
                || entries(net).stream().anyMatch(p -> Files.isDirectory(p.resolve("wireless")));
        if (!wireless) {
            assertThat(snapshot.network().wifi()).isNull();
            assertThat(snapshot.network().visibleAccessPoints()).isEmpty();
        }
    }

    @Test
    void jigglersMatchTheUsbDevicesSeen() {
        assertThat(snapshot.jigglers()).filteredOn(j -> j.kind().equals("usb")).allSatisfy(j ->
                assertThat(snapshot.usbDevices()).anySatisfy(d -> assertThat(j.evidence())
                        .startsWith(String.format("%04x:%04x", d.vendorId(), d.productId()))));
        if (!Files.isDirectory(Path.of("/sys/bus/usb/devices"))) {
            assertThat(snapshot.jigglers()).noneMatch(j -> j.kind().equals("usb"));
        }
        assertThat(snapshot.failures()).extracting(ProbeFailure::probe)
                .doesNotContain("sessions", "input", "power", "jigglers");
    }

    private static List<Path> entries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var list = Files.list(dir)) {
            return list.toList();
        }
    }

    private static String readOrEmpty(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            return "";
        }
    }
}

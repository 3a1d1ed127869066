package dev.farmguard.agent.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.farmguard.agent.probe.identity.IdentityInfo;
import dev.farmguard.agent.probe.locale.LocaleInfo;
import dev.farmguard.agent.probe.network.InterfaceKind;
import dev.farmguard.agent.probe.network.NetworkInfo;
import dev.farmguard.agent.probe.remote.ProcessMatch;
import dev.farmguard.agent.probe.remote.RemoteAccessInfo;
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
    private static ServerSocket vncPort;
    private static CollectedSnapshot snapshot;
    private static Instant started;

    @BeforeAll
    static void startARemoteToolLookalikeAndCollect() throws IOException {
        Path x11vnc = Files.copy(Path.of("/bin/sleep"), bin.resolve("x11vnc"), StandardCopyOption.COPY_ATTRIBUTES);
        started = Instant.now();
        fakeVnc = new ProcessBuilder(x11vnc.toString(), "300").start();
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
}

package dev.farmguard.agent.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.probe.identity.ChassisKind;
import dev.farmguard.agent.probe.identity.IdentityInfo;
import dev.farmguard.agent.probe.input.InputActivityInfo;
import dev.farmguard.agent.probe.locale.LocaleInfo;
import dev.farmguard.agent.probe.network.NetworkInfo;
import dev.farmguard.agent.probe.power.LidKind;
import dev.farmguard.agent.probe.power.PowerInfo;
import dev.farmguard.agent.probe.power.PowerSourceKind;
import dev.farmguard.agent.probe.remote.RemoteAccessInfo;
import dev.farmguard.agent.probe.session.SessionInfo;
import dev.farmguard.agent.probe.session.SessionKind;
import dev.farmguard.agent.probe.usb.UsbDeviceInfo;
import dev.farmguard.agent.testing.TestCatalog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class SnapshotCollectorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
    private static final IdentityInfo IDENTITY = new IdentityInfo("host", "", "", "", "", ChassisKind.UNKNOWN,
            Platform.LINUX, "Linux", "", "", "", 1, 1, 1, null);
    private static final LocaleInfo LOCALE = new LocaleInfo("Etc/UTC", 0, "", List.of(), List.of(), null);
    private static final SessionInfo SESSION = new SessionInfo("2", "alice", SessionKind.REMOTE, "ssh", "10.0.0.9",
            null, -1, false);
    private static final PowerInfo POWER = new PowerInfo(PowerSourceKind.AC, false, -1, -1, LidKind.UNKNOWN);

    @Test
    void oneFailingProbeBecomesAnErrorAndTheOthersStillReport() {
        ProbeSet probes = new ProbeSet(
                w -> IDENTITY,
                w -> {
                    throw new IllegalStateException("udev exploded");
                },
                w -> {
                    throw ProbeException.notSupported("display", Platform.WINDOWS);
                },
                w -> {
                    w.warn("cannot read /proc/net/tcp");
                    return new RemoteAccessInfo(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                            List.of(), List.of());
                },
                w -> List.of(SESSION),
                w -> InputActivityInfo.unknown(),
                w -> POWER,
                w -> {
                    throw new UnsatisfiedLinkError("no libc");
                },
                w -> LOCALE,
                w -> List.of());

        CollectedSnapshot snapshot;
        try (SnapshotCollector collector = new SnapshotCollector(probes, CLOCK, Duration.ofSeconds(30))) {
            snapshot = collector.collect();
        }

        assertThat(snapshot.collectedAt()).isEqualTo(CLOCK.instant());
        assertThat(snapshot.identity()).isEqualTo(IDENTITY);
        assertThat(snapshot.locale()).isEqualTo(LOCALE);
        assertThat(snapshot.remoteAccess()).isNotNull();
        assertThat(snapshot.sessions()).containsExactly(SESSION);
        assertThat(snapshot.input()).isEqualTo(InputActivityInfo.unknown());
        assertThat(snapshot.power()).isEqualTo(POWER);
        assertThat(snapshot.jigglers()).isEmpty();
        assertThat(snapshot.usbDevices()).isEmpty();
        assertThat(snapshot.network()).isNull();
        assertThat(snapshot.failures()).containsExactly(
                new ProbeFailure("usb", "IllegalStateException: udev exploded"),
                new ProbeFailure("display", "display probe not supported on Windows yet"),
                new ProbeFailure("remote_access", "cannot read /proc/net/tcp"),
                new ProbeFailure("network", "UnsatisfiedLinkError: no libc"));
    }

    @Test
    void aHungProbeTimesOutWithoutHoldingUpTheRest() {
        CountDownLatch never = new CountDownLatch(1);
        ProbeSet probes = new ProbeSet(w -> IDENTITY, w -> List.<UsbDeviceInfo>of(), w -> List.of(),
                w -> {
                    never.await();
                    return null;
                },
                w -> List.of(), w -> InputActivityInfo.unknown(), w -> POWER,
                w -> new NetworkInfo(List.of(), List.of(), null, List.of(), List.of(), List.of()), w -> LOCALE,
                w -> List.of());

        CollectedSnapshot snapshot;
        // one deadline for all probes: generous enough that the instant ones meet it on a starved CI machine
        try (SnapshotCollector collector = new SnapshotCollector(probes, CLOCK, Duration.ofSeconds(2))) {
            snapshot = collector.collect();
        }

        assertThat(snapshot.remoteAccess()).isNull();
        assertThat(snapshot.network()).isNotNull();
        assertThat(snapshot.failures()).containsExactly(new ProbeFailure("remote_access", "timed out after 2 s"));
    }

    @Test
    void factoriesReturnFailingReadersOnPlatformsWithoutImplementations() {
        ProbeContext other = new ProbeContext(Platform.OTHER, Path.of("/"),
                TestCatalog::matcher, Map.of(), CLOCK);
        ProbeSet probes = ProbeSet.forPlatform(other);

        CollectedSnapshot snapshot;
        try (SnapshotCollector collector = new SnapshotCollector(
                new ProbeSet(w -> IDENTITY, probes.usb(), probes.displays(), probes.remoteAccess(), probes.sessions(),
                        probes.input(), probes.power(), probes.network(), probes.locale(), probes.jigglers()),
                CLOCK, Duration.ofSeconds(30))) {
            snapshot = collector.collect();
        }

        assertThat(snapshot.failures()).extracting(ProbeFailure::message).containsExactly(
                "usb probe not supported on this OS yet",
                "display probe not supported on this OS yet",
                "remote_access probe not supported on this OS yet",
                "sessions probe not supported on this OS yet",
                "input probe not supported on this OS yet",
                "power probe not supported on this OS yet",
                "network probe not supported on this OS yet",
                "locale probe not supported on this OS yet",
                "jigglers probe not supported on this OS yet");
    }
}

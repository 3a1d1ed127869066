package dev.farmguard.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.JsonFormat;
import dev.farmguard.agent.testing.CliRun;
import dev.farmguard.proto.v1.OsFamily;
import dev.farmguard.proto.v1.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** {@code snapshot --json} on this machine: stdout is exactly one canonical-JSON Snapshot. */
@EnabledOnOs(OS.LINUX)
class SnapshotCommandIT {

    @TempDir
    Path state;

    @Test
    void printsOneSnapshotThatParsesBack() throws Exception {
        CliRun first = CliRun.of("snapshot", "--json", "--state-dir", state.toString());
        CliRun second = CliRun.of("snapshot", "--json", "--state-dir", state.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        Snapshot one = parse(first.out());
        Snapshot two = parse(second.out());
        assertThat(one.getDeviceId()).isNotEmpty().isEqualTo(two.getDeviceId());
        assertThat(two.getSequence()).isGreaterThan(one.getSequence());
        assertThat(one.getIdentity().getOsFamily()).isEqualTo(OsFamily.OS_FAMILY_LINUX);
        assertThat(one.getIdentity().getHostname())
                .isEqualTo(Files.readString(Path.of("/proc/sys/kernel/hostname")).trim());
        assertThat(one.hasNetwork()).isTrue();
        assertThat(one.hasLocale()).isTrue();
        assertThat(one.hasRemoteAccess()).isTrue();
        assertThat(one.hasInput()).isTrue();
        assertThat(one.hasPower()).isTrue();
        assertThat(one.getProbeErrorsList()).extracting(e -> e.getProbe())
                .doesNotContain("sessions", "input", "power", "jigglers", "network", "locale", "remote_access");
        assertThat(one.getCatalogVersion()).isNotEmpty();
        assertThat(one.getAgentVersion()).isNotEmpty();
    }

    private static Snapshot parse(String json) throws Exception {
        Snapshot.Builder builder = Snapshot.newBuilder();
        JsonFormat.parser().merge(json, builder); // fails on anything but a single Snapshot object
        return builder.build();
    }
}

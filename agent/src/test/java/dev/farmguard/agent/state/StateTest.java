package dev.farmguard.agent.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmguard.agent.probe.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateTest {

    @TempDir
    Path dir;

    @Test
    void stateFilesAreOwnerOnly() throws IOException {
        StateDirectory state = StateDirectory.open(dir.resolve("agent"));
        state.write("x", new byte[] {1});

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state.root()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state.root().resolve("x"))))
                .isEqualTo("rw-------");
        assertThat(state.read("x")).hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(1));
        assertThat(state.read("missing")).isEmpty();
    }

    @Test
    void deviceIdIsCreatedOnceAndKept() throws IOException {
        StateDirectory state = StateDirectory.open(dir);
        String first = DeviceIdStore.loadOrCreate(state);

        assertThat(first).matches("[0-9a-f-]{36}");
        assertThat(DeviceIdStore.loadOrCreate(StateDirectory.open(dir))).isEqualTo(first);

        Files.writeString(dir.resolve(DeviceIdStore.FILE), "not a device id");
        assertThatThrownBy(() -> DeviceIdStore.loadOrCreate(state)).hasMessageContaining("does not hold a device id");
    }

    @Test
    void sequenceIsStrictlyIncreasingAcrossRestarts() throws IOException {
        StateDirectory state = StateDirectory.open(dir);
        SequenceCounter counter = SequenceCounter.open(state);
        assertThat(counter.next()).isEqualTo(1);
        assertThat(counter.next()).isEqualTo(2);

        SequenceCounter reopened = SequenceCounter.open(StateDirectory.open(dir));
        assertThat(reopened.next()).isEqualTo(3);
        assertThat(reopened.advancePast(10)).isTrue();
        assertThat(reopened.advancePast(5)).isFalse();
        assertThat(reopened.next()).isEqualTo(11);
        assertThat(SequenceCounter.open(state).last()).isEqualTo(11);
    }

    @Test
    void aCorruptCounterIsAStartupErrorNamingTheFile() throws IOException {
        StateDirectory state = StateDirectory.open(dir);
        Files.writeString(dir.resolve(SequenceCounter.FILE), "garbage");

        assertThatThrownBy(() -> SequenceCounter.open(state))
                .hasMessageContaining(dir.resolve(SequenceCounter.FILE).toString())
                .hasMessageContaining("garbage");
    }

    @Test
    void defaultDirectoryIsSystemWideWhenWritableElseUserState() throws IOException {
        Path home = dir.resolve("home");
        Path system = dir.resolve("var/lib/farmguard-agent");
        Path blockedByAFile = Files.writeString(dir.resolve("a-file"), "").resolve("farmguard-agent");

        assertThat(StateDirectories.firstWritable(system, home.resolve("user"))).isEqualTo(system);
        assertThat(StateDirectories.firstWritable(blockedByAFile, home.resolve("user"))).isEqualTo(home.resolve("user"));
        Path linuxUser = StateDirectories.defaultFor(Platform.LINUX, Map.of("XDG_STATE_HOME", "/x/state"), home);
        assertThat(linuxUser).isIn(Path.of("/var/lib/farmguard-agent"), Path.of("/x/state/farmguard-agent"));
    }
}

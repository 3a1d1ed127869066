package dev.farmguard.agent.spool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.state.StateDirectory;
import dev.farmguard.proto.v1.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotSpoolTest {

    @TempDir
    Path dir;

    private static Snapshot snapshot(long sequence) {
        return Snapshot.newBuilder().setDeviceId("d").setSequence(sequence).build();
    }

    @Test
    void keepsSnapshotsUntilRemovedAndAcrossRestarts() throws IOException {
        SnapshotSpool spool = SnapshotSpool.open(StateDirectory.open(dir), 10);
        spool.add(snapshot(1));
        spool.add(snapshot(2));
        spool.add(snapshot(3));
        spool.remove(2);

        SnapshotSpool reopened = SnapshotSpool.open(StateDirectory.open(dir), 10);
        assertThat(reopened.sequences()).containsExactly(1L, 3L);
        assertThat(reopened.read(3)).contains(snapshot(3));
        assertThat(reopened.removeUpTo(2)).isEqualTo(1);
        assertThat(reopened.sequences()).containsExactly(3L);
    }

    @Test
    void dropsTheOldestWhenFullAndCountsIt() throws IOException {
        SnapshotSpool spool = SnapshotSpool.open(StateDirectory.open(dir), 2);
        spool.add(snapshot(1));
        spool.add(snapshot(2));
        spool.add(snapshot(3));
        spool.add(snapshot(4));

        assertThat(spool.sequences()).containsExactly(3L, 4L);
        assertThat(spool.droppedTotal()).isEqualTo(2);
        assertThat(SnapshotSpool.open(StateDirectory.open(dir), 2).droppedTotal()).isEqualTo(2);
    }

    @Test
    void emptyCorruptOrMislabelledEntriesAreQuarantinedCountedAndNeverReturned() throws IOException {
        SnapshotSpool spool = SnapshotSpool.open(StateDirectory.open(dir), 10);
        spool.add(snapshot(1));
        spool.add(snapshot(5));
        Path spoolDir = dir.resolve("spool");
        Files.write(spoolDir.resolve("00000000000000000002.pb"), new byte[0]);            // a crash mid-write
        Files.write(spoolDir.resolve("00000000000000000003.pb"), new byte[] {(byte) 0xFF, 0x01});
        Files.write(spoolDir.resolve("00000000000000000004.pb"), snapshot(9).toByteArray()); // wrong sequence
        SnapshotSpool reopened = SnapshotSpool.open(StateDirectory.open(dir), 10);
        assertThat(reopened.sequences()).containsExactly(1L, 2L, 3L, 4L, 5L);

        assertThat(reopened.read(1)).contains(snapshot(1));
        assertThat(reopened.read(2)).isEmpty();
        assertThat(reopened.read(3)).isEmpty();
        assertThat(reopened.read(4)).isEmpty();
        assertThat(reopened.read(5)).contains(snapshot(5));
        assertThat(reopened.sequences()).containsExactly(1L, 5L);
        assertThat(reopened.quarantinedTotal()).isEqualTo(3);
        assertThat(reopened.droppedTotal()).as("lost snapshots, reported in dropped_snapshots_total").isEqualTo(3);
        try (var kept = Files.list(dir.resolve("spool-quarantine"))) {
            assertThat(kept.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("00000000000000000002.pb", "00000000000000000003.pb",
                            "00000000000000000004.pb");
        }
        assertThat(SnapshotSpool.open(StateDirectory.open(dir), 10).sequences()).containsExactly(1L, 5L);
    }

    @Test
    void anUnreadableEntryIsDiscarded() throws IOException {
        SnapshotSpool spool = SnapshotSpool.open(StateDirectory.open(dir), 10);
        spool.add(snapshot(7));
        try (var files = Files.list(dir.resolve("spool"))) {
            Files.write(files.findFirst().orElseThrow(), new byte[] {(byte) 0xFF, 0x01});
        }

        assertThat(spool.read(7)).isEmpty();
        assertThat(spool.sequences()).isEmpty();
    }
}

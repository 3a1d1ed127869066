package dev.farmguard.agent.spool;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.farmguard.agent.state.StateDirectory;
import dev.farmguard.proto.v1.Snapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Snapshots waiting for their acknowledgement, one file per sequence in {@code STATE/spool/}. A snapshot
 * is deleted only once the collector acknowledged it (or refused it for good). The spool is bounded:
 * when full, the oldest entry is dropped and counted in {@code dropped-total}, which every snapshot
 * reports. An entry that is not the snapshot its name promises (empty after a crash, corrupt, another
 * sequence) is never sent: it is moved to {@code STATE/spool-quarantine/} (at most
 * {@value #QUARANTINE_CAPACITY} kept) and counted as dropped. Not thread-safe: the agent's single worker
 * thread owns it.
 */
public final class SnapshotSpool {

    private static final Logger log = LoggerFactory.getLogger(SnapshotSpool.class);
    private static final String SUFFIX = ".pb";
    static final String DROPPED_FILE = "dropped-total";
    static final String QUARANTINE_DIR = "spool-quarantine";
    static final int QUARANTINE_CAPACITY = 100;

    private final StateDirectory state;
    private final Path dir;
    private final int capacity;
    private final TreeSet<Long> sequences = new TreeSet<>();
    private long droppedTotal;
    private long quarantinedTotal;

    private SnapshotSpool(StateDirectory state, Path dir, int capacity) {
        this.state = state;
        this.dir = dir;
        this.capacity = capacity;
    }

    /** Opens the spool, indexing what an earlier run left. */
    public static SnapshotSpool open(StateDirectory state, int capacity) throws IOException {
        if (capacity < 1) {
            throw new IllegalArgumentException("spool capacity must be at least 1, got " + capacity);
        }
        SnapshotSpool spool = new SnapshotSpool(state, state.subdirectory("spool"), capacity);
        spool.load();
        return spool;
    }

    private void load() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(SUFFIX))
                    .forEach(name -> {
                        try {
                            sequences.add(Long.parseLong(name.substring(0, name.length() - SUFFIX.length())));
                        } catch (NumberFormatException e) {
                            log.warn("ignoring stray file {} in {}", name, dir);
                        }
                    });
        }
        Optional<byte[]> dropped = state.read(DROPPED_FILE);
        if (dropped.isPresent()) {
            try {
                droppedTotal = Long.parseLong(new String(dropped.get(), StandardCharsets.UTF_8).trim());
            } catch (NumberFormatException e) {
                log.warn("{} is not a number; counting dropped snapshots from 0", state.root().resolve(DROPPED_FILE));
            }
        }
    }

    /** Stores a snapshot until acknowledged, dropping the oldest when the spool is full. */
    public void add(Snapshot snapshot) throws IOException {
        state.writeAtomically(file(snapshot.getSequence()), snapshot.toByteArray());
        sequences.add(snapshot.getSequence());
        while (sequences.size() > capacity) {
            long oldest = sequences.first();
            remove(oldest);
            countDropped();
            log.warn("spool full ({} snapshots): dropped snapshot {} unsent", capacity, oldest);
        }
    }

    private void countDropped() {
        droppedTotal++;
        try {
            state.write(DROPPED_FILE, (droppedTotal + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            log.warn("cannot persist the dropped-snapshot count ({}): {}", droppedTotal, e.getMessage());
        }
    }

    /** Spooled sequences, oldest first. */
    public List<Long> sequences() {
        return new ArrayList<>(sequences);
    }

    /**
     * A spooled snapshot; empty when its file is not that snapshot (empty, corrupt, unreadable, another
     * sequence), which is then quarantined and counted.
     */
    public Optional<Snapshot> read(long sequence) {
        Path file = file(sequence);
        String problem;
        try {
            byte[] bytes = Files.readAllBytes(file);
            Snapshot snapshot = bytes.length == 0 ? null : Snapshot.parseFrom(bytes);
            if (snapshot != null && snapshot.getSequence() == sequence) {
                return Optional.of(snapshot);
            }
            problem = snapshot == null ? "empty file" : "holds sequence " + Long.toUnsignedString(snapshot.getSequence());
        } catch (IOException e) {
            problem = e instanceof InvalidProtocolBufferException ? "not a snapshot" : "unreadable: " + e.getMessage();
        }
        quarantine(sequence, file, problem);
        return Optional.empty();
    }

    /** Moves a bad entry aside (or deletes it when the quarantine is full) so it is never sent. */
    private void quarantine(long sequence, Path file, String problem) {
        sequences.remove(sequence);
        quarantinedTotal++;
        countDropped();
        try {
            Path aside = state.subdirectory(QUARANTINE_DIR);
            long kept;
            try (Stream<Path> files = Files.list(aside)) {
                kept = files.count();
            }
            if (kept < QUARANTINE_CAPACITY) {
                Path target = aside.resolve(file.getFileName());
                Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
                log.warn("spooled snapshot {} is unusable ({}): moved to {}, never sent", sequence, problem, target);
                return;
            }
            Files.deleteIfExists(file);
            log.warn("spooled snapshot {} is unusable ({}): deleted ({} already in {})", sequence, problem, kept, aside);
        } catch (IOException e) {
            log.warn("spooled snapshot {} is unusable ({}) and cannot be moved aside: {}; it is skipped until the "
                    + "agent restarts", sequence, problem, e.getMessage());
        }
    }

    /** Deletes a snapshot (acknowledged or refused for good). */
    public void remove(long sequence) {
        sequences.remove(sequence);
        try {
            Files.deleteIfExists(file(sequence));
        } catch (IOException e) {
            log.warn("cannot delete spooled snapshot {}: {}", sequence, e.getMessage());
        }
    }

    /** Deletes every snapshot at or below {@code sequence} (the collector already stored them). */
    public int removeUpTo(long sequence) {
        List<Long> stored = new ArrayList<>(sequences.headSet(sequence, true));
        stored.forEach(this::remove);
        return stored.size();
    }

    public int size() {
        return sequences.size();
    }

    /** Spool entries quarantined by this process (also counted in {@link #droppedTotal()}). */
    public long quarantinedTotal() {
        return quarantinedTotal;
    }

    /** Snapshots dropped unsent (spool full, unusable entries), over the agent's lifetime. */
    public long droppedTotal() {
        return droppedTotal;
    }

    private Path file(long sequence) {
        return dir.resolve(String.format("%020d%s", sequence, SUFFIX));
    }
}

package dev.farmguard.agent.spool;

import dev.farmguard.agent.state.StateDirectory;
import dev.farmguard.proto.v1.Snapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * reports. Not thread-safe: the agent's single worker thread owns it.
 */
public final class SnapshotSpool {

    private static final Logger log = LoggerFactory.getLogger(SnapshotSpool.class);
    private static final String SUFFIX = ".pb";
    static final String DROPPED_FILE = "dropped-total";

    private final StateDirectory state;
    private final Path dir;
    private final int capacity;
    private final TreeSet<Long> sequences = new TreeSet<>();
    private long droppedTotal;

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
            droppedTotal++;
            state.write(DROPPED_FILE, (droppedTotal + "\n").getBytes(StandardCharsets.UTF_8));
            log.warn("spool full ({} snapshots): dropped snapshot {} unsent", capacity, oldest);
        }
    }

    /** Spooled sequences, oldest first. */
    public List<Long> sequences() {
        return new ArrayList<>(sequences);
    }

    /** A spooled snapshot; an unreadable file is removed and reported as empty. */
    public Optional<Snapshot> read(long sequence) {
        try {
            return Optional.of(Snapshot.parseFrom(Files.readAllBytes(file(sequence))));
        } catch (IOException e) {
            log.warn("discarding unreadable spooled snapshot {}: {}", sequence, e.getMessage());
            remove(sequence);
            return Optional.empty();
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

    /** Snapshots dropped unsent because the spool was full, over the agent's lifetime. */
    public long droppedTotal() {
        return droppedTotal;
    }

    private Path file(long sequence) {
        return dir.resolve(String.format("%020d%s", sequence, SUFFIX));
    }
}

package dev.farmguard.collector.intake;

import static dev.farmguard.collector.testing.TestSnapshots.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.metrics.CollectorMetrics;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.store.SaveOutcome;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.StoreFactory;
import dev.farmguard.collector.testing.TestSnapshots;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotWriterTest {

    @TempDir
    Path dir;

    private Store store;
    private final CollectorMetrics metrics = new CollectorMetrics();
    private final List<List<DeviceSnapshot>> notified = new ArrayList<>();

    @BeforeEach
    void open() {
        store = StoreFactory.sqlite(dir.resolve("w.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private SnapshotWriter writer(int capacity) {
        return new SnapshotWriter(store, metrics, Clock.fixed(T0, ZoneOffset.UTC), capacity, 100,
                List.of(notified::add));
    }

    /** The exception a completed future failed with (Java 17 has no exceptionNow). */
    private static Throwable failure(CompletableFuture<?> f) {
        assertThat(f).isCompletedExceptionally();
        try {
            f.getNow(null);
            throw new AssertionError("not failed");
        } catch (java.util.concurrent.CompletionException e) {
            return e.getCause();
        }
    }

    @Test
    void queuedSnapshotsAreCommittedTogetherThenCompleted() {
        SnapshotWriter w = writer(10);
        CompletableFuture<SaveOutcome> a = w.submit(TestSnapshots.minimal("d", 1, T0));
        CompletableFuture<SaveOutcome> b = w.submit(TestSnapshots.minimal("d", 2, T0));
        CompletableFuture<SaveOutcome> dup = w.submit(TestSnapshots.minimal("d", 1, T0));
        assertThat(a).isNotDone();
        assertThat(w.commitQueued()).isEqualTo(3);
        assertThat(a).isCompletedWithValue(SaveOutcome.STORED);
        assertThat(b).isCompletedWithValue(SaveOutcome.STORED);
        assertThat(dup).isCompletedWithValue(SaveOutcome.DUPLICATE);
        assertThat(store.lastStoredSequence("d")).isEqualTo(2);
        assertThat(metrics.storedCount()).isEqualTo(2);
        assertThat(metrics.duplicateCount()).isEqualTo(1);
        assertThat(notified).singleElement().satisfies(l -> assertThat(l).hasSize(2));
    }

    @Test
    void aFullQueueRefusesAtOnce() {
        SnapshotWriter w = writer(1);
        w.submit(TestSnapshots.minimal("d", 1, T0));
        CompletableFuture<SaveOutcome> refused = w.submit(TestSnapshots.minimal("d", 2, T0));
        assertThat(refused).isCompletedExceptionally();
        assertThat(failure(refused)).isInstanceOfSatisfying(IntakeRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(IntakeRejectedException.Reason.QUEUE_FULL));
    }

    @Test
    void aStoreFailureFailsTheBatchWithoutAcks() {
        SnapshotWriter w = writer(10);
        store.close();
        CompletableFuture<SaveOutcome> f = w.submit(TestSnapshots.minimal("d", 1, T0));
        w.commitQueued();
        assertThat(failure(f)).isInstanceOfSatisfying(IntakeRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(IntakeRejectedException.Reason.STORE_FAILED));
    }

    @Test
    void closingCommitsWhatIsQueuedAndRefusesMore() {
        SnapshotWriter w = writer(10);
        CompletableFuture<SaveOutcome> queued = w.submit(TestSnapshots.minimal("d", 1, T0));
        w.start();
        w.close();
        assertThat(queued).isCompletedWithValue(SaveOutcome.STORED);
        assertThat(failure(w.submit(TestSnapshots.minimal("d", 2, T0))))
                .isInstanceOf(IntakeRejectedException.class);
        w.close();
    }
}

package dev.farmguard.collector.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.RosterEntry;
import dev.farmguard.collector.model.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox on the embedded store: written with the assessment, bounded, claimed with leases. */
class AlertOutboxTest {

    private static final Instant T0 = Instant.parse("2026-03-02T15:04:05Z");
    private static final Duration LEASE = Duration.ofMinutes(2);

    @TempDir
    Path dir;
    private Store store;
    private AlertOutbox outbox;

    /** One event per save whose verdict is not ok, id = device + as-of; optionally at most once per device. */
    private static final class EveryVerdict implements AlertTrigger {
        final List<String> previous = new ArrayList<>();
        boolean oncePerDevice;
        boolean fail;

        @Override
        public boolean mayAlert(Assessment before, Assessment current) {
            return current.verdict() != Verdict.OK;
        }

        @Override
        public List<OutboxEvent> events(Assessment before, Assessment current, Optional<DeviceSummary> device,
                                        Optional<RosterEntry> holder) {
            if (fail) {
                throw new IllegalStateException("trigger failed");
            }
            previous.add(before == null ? "none" : before.verdict().apiName());
            String id = current.deviceId() + "-" + current.asOf().toEpochMilli();
            return List.of(new OutboxEvent(id, current.asOf(), "{\"id\":\"" + id + "\"}",
                    oncePerDevice ? "device/" + current.deviceId() : null));
        }
    }

    private final EveryVerdict trigger = new EveryVerdict();

    @BeforeEach
    void open() {
        store = StoreFactory.sqlite(dir.resolve("farmguard.db"));
        outbox = store.alertOutbox();
        outbox.install(trigger, Set.of("a", "b"), 5);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Assessment review(String device, Instant asOf) {
        return new Assessment(device, 40, Verdict.REVIEW, List.of(), asOf, "");
    }

    @Test
    void anEventGetsOneRowPerOutputAndSeesTheVerdictItReplaces() {
        store.saveAssessment(review("d1", T0));
        store.saveAssessment(review("d1", T0.plusSeconds(1)));

        assertThat(trigger.previous).containsExactly("none", "review");
        assertThat(outbox.depth("a")).isEqualTo(2);
        assertThat(outbox.depth("b")).isEqualTo(2);
    }

    @Test
    void aFailingTriggerRollsTheAssessmentBack() {
        trigger.fail = true;
        assertThatThrownBy(() -> store.saveAssessment(review("d1", T0))).hasMessageContaining("trigger failed");

        assertThat(store.assessment("d1")).isEmpty();
        assertThat(outbox.depth("a")).isZero();
    }

    @Test
    void theBoundDropsTheOldestRowsAndCountsThem() {
        for (int i = 0; i < 4; i++) {
            store.saveAssessment(review("d" + i, T0.plusSeconds(i)));
        }
        // 8 rows offered, 5 kept: the three oldest (d0 for a and b, d1 for a) are dropped
        assertThat(outbox.depth("a") + outbox.depth("b")).isEqualTo(5);
        assertThat(outbox.dropped("a") + outbox.dropped("b")).isEqualTo(3);
        List<String> left = outbox.claim("a", "me", 10, Instant.now(), LEASE).stream()
                .map(OutboxDelivery::eventId).toList();
        assertThat(left).containsExactly("d2-" + T0.plusSeconds(2).toEpochMilli(),
                "d3-" + T0.plusSeconds(3).toEpochMilli());
    }

    @Test
    void aClaimedRowIsInvisibleToOtherDispatchersUntilReleasedOrExpired() {
        store.saveAssessment(review("d1", T0));
        Instant now = Instant.now();
        List<OutboxDelivery> mine = outbox.claim("a", "one", 10, now, LEASE);
        assertThat(mine).hasSize(1);
        assertThat(outbox.claim("a", "two", 10, now, LEASE)).isEmpty();
        assertThat(outbox.claim("a", "two", 10, now.plus(LEASE).plusMillis(1), LEASE)).hasSize(1);

        outbox.release("two");
        assertThat(outbox.claim("b", "one", 10, now, LEASE)).hasSize(1);
        outbox.delivered(mine.get(0));
        // "one" lost its lease on output a to "two" (expired): its delivery does not remove the row "two" holds
        assertThat(outbox.depth("a")).isEqualTo(1);
    }

    @Test
    void aRetryWaitsUntilItsTimeAndCountsTheAttempt() {
        store.saveAssessment(review("d1", T0));
        Instant now = Instant.now();
        OutboxDelivery d = outbox.claim("a", "one", 10, now, LEASE).get(0);
        outbox.retryAt(d, now.plusSeconds(30), "HTTP 503");

        assertThat(outbox.claim("a", "one", 10, now.plusSeconds(29), LEASE)).isEmpty();
        OutboxDelivery again = outbox.claim("a", "one", 10, now.plusSeconds(30), LEASE).get(0);
        assertThat(again.attempts()).isEqualTo(1);
        outbox.failed(again, "HTTP 400");
        assertThat(outbox.depth("a")).isZero();
    }

    @Test
    void anEventWithAOnceKeyIsRaisedOnceEvenAfterDelivery() {
        trigger.oncePerDevice = true;
        store.saveAssessment(review("d1", T0));
        outbox.claim("a", "one", 10, Instant.now(), LEASE).forEach(outbox::delivered);
        store.saveAssessment(review("d1", T0.plusSeconds(1)));

        assertThat(outbox.depth("a")).isZero();
        assertThat(outbox.depth("b")).isEqualTo(1);
    }

    @Test
    void rowsOfAnOutputNoLongerConfiguredAreForgottenAtInstall() {
        store.saveAssessment(review("d1", T0));
        assertThat(outbox.install(trigger, Set.of("a"), 5)).isEqualTo(1);
        assertThat(outbox.depth("b")).isZero();
        assertThat(outbox.depth("a")).isEqualTo(1);
    }

    @Test
    void restartKeepsWaitingRows() {
        store.saveAssessment(review("d1", T0));
        store.close();
        store = StoreFactory.sqlite(dir.resolve("farmguard.db"));
        assertThat(store.alertOutbox().depth("a")).isEqualTo(1);
    }
}

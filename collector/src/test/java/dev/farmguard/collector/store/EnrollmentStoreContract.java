package dev.farmguard.collector.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.enroll.DeviceEnrollment;
import dev.farmguard.collector.enroll.EnrollmentToken;
import dev.farmguard.collector.enroll.TokenPurpose;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link EnrollmentStore} must do; one subclass per database. */
abstract class EnrollmentStoreContract {

    static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    protected Store store;
    protected EnrollmentStore enrollments;

    protected abstract Store openFresh() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = openFresh();
        enrollments = store.enrollments();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static EnrollmentToken token(String id, String hash, Integer maxUses, Instant expiresAt) {
        return new EnrollmentToken(id, hash, TokenPurpose.DEVICE, "laptops", T0, expiresAt, maxUses, 0, false);
    }

    @Test
    void tokensAreSavedListedAndRevoked() {
        EnrollmentToken a = token("enr_a", "a".repeat(64), 3, T0.plusSeconds(3600));
        EnrollmentToken b = new EnrollmentToken("enr_b", "b".repeat(64), TokenPurpose.REPLAY, "", T0.plusSeconds(1),
                null, null, 0, false);
        enrollments.saveToken(a);
        enrollments.saveToken(b);
        assertThat(enrollments.tokens()).containsExactly(a, b);
        assertThat(enrollments.revokeToken("enr_a")).isTrue();
        assertThat(enrollments.revokeToken("enr_nope")).isFalse();
        assertThat(enrollments.tokens().get(0).revoked()).isTrue();
        assertThat(enrollments.consumeToken("a".repeat(64), T0)).isEmpty();
    }

    @Test
    void aTokenIsUsedUpExpiredOrUnknown() {
        enrollments.saveToken(token("enr_a", "a".repeat(64), 2, T0.plusSeconds(60)));
        assertThat(enrollments.consumeToken("a".repeat(64), T0).orElseThrow().uses()).isEqualTo(1);
        assertThat(enrollments.consumeToken("a".repeat(64), T0).orElseThrow().uses()).isEqualTo(2);
        assertThat(enrollments.consumeToken("a".repeat(64), T0)).as("used up").isEmpty();
        assertThat(enrollments.tokens().get(0).uses()).isEqualTo(2);

        enrollments.saveToken(token("enr_b", "b".repeat(64), null, T0.plusSeconds(60)));
        assertThat(enrollments.consumeToken("b".repeat(64), T0.plusSeconds(59))).isPresent();
        assertThat(enrollments.consumeToken("b".repeat(64), T0.plusSeconds(60))).as("expired").isEmpty();
        assertThat(enrollments.consumeToken("c".repeat(64), T0)).as("unknown").isEmpty();
    }

    @Test
    void racingEnrollmentsNeverExceedTheUseLimit() throws Exception {
        enrollments.saveToken(token("enr_a", "a".repeat(64), 5, null));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                tries.add(() -> enrollments.consumeToken("a".repeat(64), T0).isPresent());
            }
            int won = 0;
            for (Future<Boolean> f : pool.invokeAll(tries)) {
                won += f.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void enrollmentsAreReplacedAndFoundByHardware() {
        DeviceEnrollment first = new DeviceEnrollment("d-1", "enr_a", "laptop", "SN1", "uuid-1", T0, T0.plusSeconds(99));
        DeviceEnrollment other = new DeviceEnrollment("d-2", "enr_a", "desk", "", "", T0, T0.plusSeconds(99));
        enrollments.saveEnrollment(first);
        enrollments.saveEnrollment(other);
        DeviceEnrollment renewed = new DeviceEnrollment("d-1", "enr_a", "laptop", "SN1", "uuid-1", T0,
                T0.plusSeconds(500));
        enrollments.saveEnrollment(renewed);
        assertThat(enrollments.enrollment("d-1")).contains(renewed);
        assertThat(enrollments.enrollments()).containsExactly(renewed, other);
        assertThat(enrollments.enrollmentsOfHardware("uuid-1", "")).containsExactly(renewed);
        assertThat(enrollments.enrollmentsOfHardware("", "SN1")).containsExactly(renewed);
        assertThat(enrollments.enrollmentsOfHardware("", "")).as("empty ids match nothing").isEmpty();
    }

    @Test
    void revokedDevicesAreRecordedOnce() {
        assertThat(enrollments.revokedDeviceIds()).isEmpty();
        assertThat(enrollments.revokeDevice("d-1", T0)).isTrue();
        assertThat(enrollments.revokeDevice("d-1", T0.plusSeconds(5))).isFalse();
        assertThat(enrollments.revokeDevice("never-enrolled", T0)).isTrue();
        assertThat(enrollments.revokedDeviceIds()).containsExactlyInAnyOrder("d-1", "never-enrolled");
    }
}

package dev.farmguard.collector.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.net.ConnectionLimiter;
import java.net.InetAddress;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateAndConnectionLimitsTest {

    private final AtomicLong nanos = new AtomicLong();

    @Test
    void aBucketAllowsABurstThenRefillsAtTheRate() {
        TokenBucket bucket = new TokenBucket(3, 2, nanos::get);
        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.tryTake()).isFalse();
        nanos.addAndGet(499_000_000L);
        assertThat(bucket.tryTake()).as("not a whole token yet").isFalse();
        nanos.addAndGet(2_000_000L);
        assertThat(bucket.tryTake()).isTrue();
        nanos.addAndGet(60_000_000_000L);
        for (int i = 0; i < 3; i++) {
            assertThat(bucket.tryTake()).isTrue();
        }
        assertThat(bucket.tryTake()).as("never more than the burst").isFalse();
    }

    @Test
    void aDevicesConnectionsShareOneBucketThatGoesWithTheLast() {
        DeviceRateLimits limits = new DeviceRateLimits(1, 2, nanos::get);
        TokenBucket first = limits.acquire("device:a");
        TokenBucket second = limits.acquire("device:a");
        assertThat(second).isSameAs(first);
        assertThat(limits.acquire("device:b")).isNotSameAs(first);
        limits.release("device:a", false);
        assertThat(limits.size()).isEqualTo(2);
        limits.release("device:a", false);
        limits.release("device:b", false);
        assertThat(limits.size()).isZero();
    }

    @Test
    void aDevicesSpentBucketOutlivesItsConnectionsUntilRefilledSoReconnectingDoesNotResetIt() {
        DeviceRateLimits bytes = new DeviceRateLimits(100, 1000, nanos::get);
        TokenBucket bucket = bytes.acquire("device:a");
        assertThat(bucket.tryTake(1000)).isTrue();
        bytes.release("device:a", true);
        TokenBucket again = bytes.acquire("device:a");
        assertThat(again).isSameAs(bucket);
        assertThat(again.tryTake(1)).as("still spent after reconnecting").isFalse();
        nanos.addAndGet(10_000_000_000L); // 10 s at 100 bytes/s: full again
        bytes.release("device:a", true);
        assertThat(bytes.size()).as("a full bucket is forgotten").isZero();
    }

    @Test
    void connectionsPerAddressAreCappedAndReleased() throws Exception {
        ConnectionLimiter limiter = new ConnectionLimiter(2);
        InetAddress a = InetAddress.getByName("192.0.2.1");
        InetAddress b = InetAddress.getByName("192.0.2.2");
        assertThat(limiter.tryAcquire(a)).isTrue();
        assertThat(limiter.tryAcquire(a)).isTrue();
        assertThat(limiter.tryAcquire(a)).isFalse();
        assertThat(limiter.tryAcquire(b)).isTrue();
        limiter.release(a);
        assertThat(limiter.tryAcquire(a)).isTrue();
        assertThat(limiter.openFrom(a)).isEqualTo(2);
    }
}

package dev.farmguard.collector.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration ONE_SECOND = Duration.ofSeconds(1);
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void doublesFromTheInitialDelayUpToTheCap() {
        Backoff top = new Backoff(ONE_SECOND, FIVE_MINUTES, () -> 0.999_999);
        assertThat(top.after(1)).isEqualTo(ONE_SECOND);
        assertThat(top.after(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(top.after(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(top.after(9)).isEqualTo(Duration.ofSeconds(256));
        assertThat(top.after(10)).isEqualTo(FIVE_MINUTES);
        assertThat(top.after(1_000)).isEqualTo(FIVE_MINUTES);
    }

    @Test
    void jitterPicksAPointOfTheUpperHalf() {
        Backoff bottom = new Backoff(ONE_SECOND, FIVE_MINUTES, () -> 0.0);
        assertThat(bottom.after(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(bottom.after(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(bottom.after(100)).isEqualTo(Duration.ofMillis(150_000));
    }

    @Test
    void refusesAnEmptyOrInvertedRange() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, FIVE_MINUTES, () -> 0)).hasMessageContaining("initial");
        assertThatThrownBy(() -> new Backoff(FIVE_MINUTES, ONE_SECOND, () -> 0)).hasMessageContaining("max");
    }
}

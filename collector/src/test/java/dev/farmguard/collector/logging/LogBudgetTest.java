package dev.farmguard.collector.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.metrics.Rejection;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LogBudgetTest {

    private final AtomicLong nanos = new AtomicLong();
    private final LogBudget<Rejection> budget = new LogBudget<>(Rejection.class, 2, 1_000, nanos::get);

    @Test
    void eachReasonLogsItsBudgetPerWindowThenSaysHowManyWereLeftOut() {
        assertThat(budget.take(Rejection.TOO_MANY_CONNECTIONS)).isZero();
        assertThat(budget.take(Rejection.TOO_MANY_CONNECTIONS)).isZero();
        assertThat(budget.take(Rejection.TOO_MANY_CONNECTIONS)).isEqualTo(-1);
        assertThat(budget.take(Rejection.TOO_MANY_CONNECTIONS)).isEqualTo(-1);
        assertThat(budget.take(Rejection.RATE_LIMITED)).as("other reasons have their own budget").isZero();
        nanos.addAndGet(1_000);
        assertThat(budget.take(Rejection.TOO_MANY_CONNECTIONS)).isEqualTo(2);
        assertThat(budget.take(Rejection.TOO_MANY_CONNECTIONS)).isZero();
    }
}

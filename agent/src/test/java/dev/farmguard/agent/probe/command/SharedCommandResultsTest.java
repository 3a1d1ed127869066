package dev.farmguard.agent.probe.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SharedCommandResultsTest {

    @Test
    void sharedResultsRunACacheableCommandOncePerTimeToLive() throws IOException {
        AtomicInteger runs = new AtomicInteger();
        AtomicLong now = new AtomicLong();
        CommandRunner counting = command -> new CommandResult(0, "run " + runs.incrementAndGet());
        SharedCommandResults shared = new SharedCommandResults(counting, Duration.ofSeconds(10), now::get);
        Command list = new Command("list", List.of("list.exe"), true);
        Command other = new Command("other", List.of("other.exe"), false);

        assertThat(shared.run(list).stdout()).isEqualTo("run 1");
        assertThat(shared.run(list).stdout()).isEqualTo("run 1");
        assertThat(shared.run(other).stdout()).isEqualTo("run 2");
        assertThat(shared.run(other).stdout()).isEqualTo("run 3");
        now.set(Duration.ofSeconds(11).toNanos());
        assertThat(shared.run(list).stdout()).isEqualTo("run 4");
    }

    @Test
    void sharedResultsDoNotKeepFailures() throws IOException {
        AtomicInteger runs = new AtomicInteger();
        CommandRunner flaky = command -> {
            if (runs.incrementAndGet() == 1) {
                throw new IOException("first run fails");
            }
            return new CommandResult(0, "ok");
        };
        SharedCommandResults shared = new SharedCommandResults(flaky, Duration.ofSeconds(10), () -> 0L);
        Command list = new Command("list", List.of("list.exe"), true);

        assertThatThrownBy(() -> shared.run(list)).hasMessage("first run fails");
        assertThat(shared.run(list).stdout()).isEqualTo("ok");
    }
}

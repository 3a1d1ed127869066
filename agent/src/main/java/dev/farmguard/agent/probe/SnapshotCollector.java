package dev.farmguard.agent.probe;

import dev.farmguard.agent.probe.display.DisplayProbe;
import dev.farmguard.agent.probe.identity.IdentityProbe;
import dev.farmguard.agent.probe.input.InputProbe;
import dev.farmguard.agent.probe.jiggler.JigglerProbe;
import dev.farmguard.agent.probe.locale.LocaleProbe;
import dev.farmguard.agent.probe.network.NetworkProbe;
import dev.farmguard.agent.probe.power.PowerProbe;
import dev.farmguard.agent.probe.remote.RemoteAccessProbe;
import dev.farmguard.agent.probe.session.SessionProbe;
import dev.farmguard.agent.probe.usb.UsbProbe;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every probe of a {@link ProbeSet} and assembles what they read. Probes run in parallel, each
 * within a time limit; one probe failing, throwing or hanging never stops the others: its reason becomes
 * a {@link ProbeFailure} and its family is left empty.
 */
public final class SnapshotCollector implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SnapshotCollector.class);
    /** A hung probe keeps its thread; this bounds how many can pile up before probes are refused. */
    private static final int MAX_THREADS = 24;

    private final ProbeSet probes;
    private final Clock clock;
    private final Duration timeout;
    private final ThreadPoolExecutor executor;
    private final Map<String, String> lastFailure = new ConcurrentHashMap<>();

    public SnapshotCollector(ProbeSet probes, Clock clock, Duration timeout) {
        this.probes = probes;
        this.clock = clock;
        this.timeout = timeout;
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(0, MAX_THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread thread = new Thread(r, "probe-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Reads every family now. */
    public CollectedSnapshot collect() {
        Instant at = clock.instant();
        long deadline = System.nanoTime() + timeout.toNanos();
        var identity = start(IdentityProbe.FAMILY, probes.identity());
        var usb = start(UsbProbe.FAMILY, probes.usb());
        var displays = start(DisplayProbe.FAMILY, probes.displays());
        var remote = start(RemoteAccessProbe.FAMILY, probes.remoteAccess());
        var sessions = start(SessionProbe.FAMILY, probes.sessions());
        var input = start(InputProbe.FAMILY, probes.input());
        var power = start(PowerProbe.FAMILY, probes.power());
        var network = start(NetworkProbe.FAMILY, probes.network());
        var locale = start(LocaleProbe.FAMILY, probes.locale());
        var jigglers = start(JigglerProbe.FAMILY, probes.jigglers());
        List<ProbeFailure> failures = new ArrayList<>();
        CollectedSnapshot snapshot = new CollectedSnapshot(at,
                identity.await(deadline, failures),
                usb.await(deadline, failures),
                displays.await(deadline, failures),
                remote.await(deadline, failures),
                sessions.await(deadline, failures),
                input.await(deadline, failures),
                power.await(deadline, failures),
                network.await(deadline, failures),
                locale.await(deadline, failures),
                jigglers.await(deadline, failures),
                failures);
        logChanges(failures);
        return snapshot;
    }

    private <T> Run<T> start(String family, Probe<T> probe) {
        Run<T> run = new Run<>(family);
        try {
            run.future = executor.submit(() -> probe.collect(message -> run.warnings.add(new ProbeFailure(family, message))));
        } catch (RejectedExecutionException e) {
            run.refused = true;
        }
        return run;
    }

    /** One probe in flight; its warnings arrive from the probe thread. */
    private final class Run<T> {
        final String family;
        final List<ProbeFailure> warnings = Collections.synchronizedList(new ArrayList<>());
        Future<T> future;
        boolean refused;

        Run(String family) {
            this.family = family;
        }

        T await(long deadline, List<ProbeFailure> failures) {
            if (refused) {
                failures.add(new ProbeFailure(family, "not run: " + MAX_THREADS + " earlier probes are still hung"));
                return null;
            }
            T result = null;
            try {
                result = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                failures.add(new ProbeFailure(family, "timed out after " + shown(timeout)));
            } catch (ExecutionException e) {
                failures.add(new ProbeFailure(family, describe(e.getCause())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                future.cancel(true);
                failures.add(new ProbeFailure(family, "interrupted"));
            }
            synchronized (warnings) {
                failures.addAll(warnings);
            }
            return result;
        }
    }

    private static String shown(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    static String describe(Throwable cause) {
        if (cause instanceof ProbeException) {
            return cause.getMessage();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private void logChanges(List<ProbeFailure> failures) {
        Map<String, String> now = new ConcurrentHashMap<>();
        failures.forEach(f -> now.merge(f.probe(), f.message(), (a, b) -> a + "; " + b));
        now.forEach((family, message) -> {
            if (!message.equals(lastFailure.put(family, message))) {
                log.warn("probe {} failed or was partial: {}", family, message);
            }
        });
        lastFailure.keySet().retainAll(now.keySet());
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}

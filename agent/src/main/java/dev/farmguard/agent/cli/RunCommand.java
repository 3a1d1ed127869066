package dev.farmguard.agent.cli;

import dev.farmguard.agent.run.AgentRunner;
import dev.farmguard.agent.run.LocalAgent;
import dev.farmguard.agent.spool.SnapshotSpool;
import dev.farmguard.agent.transport.Backoff;
import dev.farmguard.agent.transport.CollectorConnector;
import dev.farmguard.agent.transport.Failures;
import dev.farmguard.proto.v1.Ack;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code run}: collect on a schedule and stream to the collector, or once with {@code --once}. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Collect snapshots of this machine and stream them to the collector over TLS.")
final class RunCommand implements Callable<Integer> {

    /** Snapshots kept while the collector is unreachable (about 3.5 days at the default interval). */
    static final int SPOOL_CAPACITY = 1000;

    @Spec
    CommandSpec spec;

    @Mixin
    CollectorOptions collector;

    @Mixin
    StateOptions state;

    @Option(names = "--enroll-token", paramLabel = "TOKEN",
            description = "Enrollment token from IT, used once to obtain this device's certificate (and again only "
                    + "if the certificate expires). Not needed once enrolled.")
    String enrollToken;

    @Option(names = "--once", description = "Collect one snapshot, send it, wait for its acknowledgement, exit.")
    boolean once;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "300",
            description = "Seconds between snapshots (default: ${DEFAULT-VALUE}).")
    long intervalSeconds;

    @Option(names = "--ack-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "With --once: give up when not acknowledged within this many seconds (default: ${DEFAULT-VALUE}).")
    long ackTimeoutSeconds;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (intervalSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--interval: must be at least 1 second, got " + intervalSeconds);
        }
        if (ackTimeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--ack-timeout: must be at least 1 second, got " + ackTimeoutSeconds);
        }
        CollectorConnector connector = collector.connector(spec, 1); // checks --ca before touching any state
        LocalAgent agent = null;
        SnapshotSpool spool;
        try {
            agent = state.openAgent();
            spool = SnapshotSpool.open(agent.state(), SPOOL_CAPACITY);
        } catch (IOException | RuntimeException e) {
            connector.close();
            if (agent != null) {
                agent.close();
            }
            throw e;
        }
        AgentRunner runner = new AgentRunner(agent, spool, connector,
                new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), () -> ThreadLocalRandom.current().nextDouble()),
                enrollToken);
        Optional<String> cannotConnect = runner.whyItCannotConnect();
        if (cannotConnect.isPresent()) {
            runner.close();
            agent.close();
            throw new CliFailure(ExitCodes.USAGE, cannotConnect.get());
        }
        try {
            return once ? runOnce(runner) : runForever(runner);
        } finally {
            runner.close();
            agent.close();
        }
    }

    private int runOnce(AgentRunner runner) throws InterruptedException {
        try {
            Ack ack = runner.collectOnce().get(ackTimeoutSeconds, TimeUnit.SECONDS);
            spec.commandLine().getOut().printf("snapshot %d of device %s acknowledged%s%n", ack.getSequence(),
                    ack.getDeviceId(), ack.getDuplicate() ? " (already stored)" : "");
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } catch (TimeoutException e) {
            String problem = runner.lastProblem();
            throw new CliFailure(ExitCodes.FAILED, "collector " + collector.collector + " did not acknowledge the snapshot within "
                    + ackTimeoutSeconds + " s" + (problem == null ? "" : ": " + problem)
                    + " (it stays spooled for the next run)");
        } catch (ExecutionException e) {
            throw new CliFailure(ExitCodes.FAILED, Failures.unwrap(e).getMessage(), e);
        }
    }

    private int runForever(AgentRunner runner) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            runner.close();
            stopped.countDown();
        }, "shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        runner.start(Duration.ofSeconds(intervalSeconds));
        stopped.await();
        return ExitCodes.OK;
    }
}

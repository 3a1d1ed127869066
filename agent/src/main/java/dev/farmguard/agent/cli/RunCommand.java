package dev.farmguard.agent.cli;

import dev.farmguard.agent.config.AgentConfig;
import dev.farmguard.agent.config.AgentConfigException;
import dev.farmguard.agent.config.AgentConfigFile;
import dev.farmguard.agent.run.AgentRunner;
import dev.farmguard.agent.run.LocalAgent;
import dev.farmguard.agent.run.Watchdog;
import dev.farmguard.agent.run.WatchdogRestarts;
import dev.farmguard.agent.spool.SnapshotSpool;
import dev.farmguard.agent.transport.Backoff;
import dev.farmguard.agent.transport.CollectorConnector;
import dev.farmguard.agent.transport.Failures;
import dev.farmguard.proto.v1.Ack;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine;
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

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RunCommand.class);

    /** Snapshots kept while the collector is unreachable (about 3.5 days at the default interval). */
    static final int SPOOL_CAPACITY = 1000;

    @Spec
    CommandSpec spec;

    @Mixin
    CollectorOptions collector;

    @Mixin
    StateOptions state;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (key = value lines: collector, ca, ca-fingerprint, enroll-token or "
                    + "enroll-token-file, interval, log-level, state-dir), as written by 'farmguard-collector package "
                    + "--type config'. Flags given as well win over it.")
    Path configFile;

    @Option(names = "--enroll-token", paramLabel = "TOKEN",
            description = "Enrollment token from IT, used once to obtain this device's certificate (and again only "
                    + "if the certificate expires). Not needed once enrolled. Visible in the process list: services "
                    + "should put it in the --config file.")
    String enrollToken;

    @Option(names = "--once", description = "Collect one snapshot, send it, wait for its acknowledgement, exit.")
    boolean once;

    /** Used when neither the flag nor the file sets the interval. */
    static final long DEFAULT_INTERVAL_SECONDS = 300;

    @Option(names = "--interval", paramLabel = "SECONDS",
            description = "Seconds between snapshots (default: interval in the --config file, else "
                    + DEFAULT_INTERVAL_SECONDS + ").")
    Long intervalFlag;

    @Option(names = "--watchdog-memory-mb", paramLabel = "MB",
            description = "Restart when resident memory stays above this for a minute (default: watchdog-memory-mb in "
                    + "the --config file, else 200; 0: no limit).")
    Integer watchdogMemoryFlag;

    @Option(names = "--watchdog-cpu-percent", paramLabel = "PERCENT",
            description = "Restart when CPU use stays above this percentage of one core for a minute (default: "
                    + "watchdog-cpu-percent in the --config file, else 20; 0: no limit).")
    Integer watchdogCpuFlag;

    /** The collector dialled, for messages. */
    private dev.farmguard.agent.transport.HostPort dialled;

    @Option(names = "--ack-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "With --once: give up when not acknowledged within this many seconds (default: ${DEFAULT-VALUE}).")
    long ackTimeoutSeconds;

    @Override
    public Integer call() throws IOException, InterruptedException {
        AgentConfig config = AgentConfig.NONE;
        String token = enrollToken;
        if (configFile != null) {
            try {
                config = AgentConfigFile.read(configFile);
                if (token == null) {
                    token = config.readEnrollToken();
                }
            } catch (AgentConfigException e) {
                throw new CliFailure(ExitCodes.USAGE, e.getMessage(), e);
            }
            if (config.logLevel() != null && !logLevelOnCommandLine()) {
                LogLevels.apply(LogLevels.parse(config.logLevel(), "log-level"));
            }
        }
        long intervalSeconds = intervalFlag != null ? intervalFlag
                : config.intervalSeconds() != null ? config.intervalSeconds() : DEFAULT_INTERVAL_SECONDS;
        if (intervalSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--interval: must be at least 1 second, got " + intervalSeconds);
        }
        if (ackTimeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--ack-timeout: must be at least 1 second, got " + ackTimeoutSeconds);
        }
        Watchdog.Budget budget = watchdogBudget(config);
        CollectorConnector connector = collector.connector(spec, 1, config); // checks the CA before touching any state
        dialled = collector.collector(spec, config);
        LocalAgent agent = null;
        SnapshotSpool spool;
        try {
            agent = state.openAgent(config.stateDir());
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
                token);
        Optional<String> cannotConnect = runner.whyItCannotConnect();
        if (cannotConnect.isPresent()) {
            runner.close();
            agent.close();
            throw new CliFailure(ExitCodes.USAGE, cannotConnect.get());
        }
        try {
            if (once) {
                return runOnce(runner);
            }
            LocalAgent running = agent;
            try (Watchdog watchdog = new Watchdog(budget, Watchdog.UsageMeter.thisProcess(), System::nanoTime)) {
                watchdog.start(reason -> restartForWatchdog(running, reason));
                return runForever(runner, intervalSeconds);
            }
        } finally {
            runner.close();
            agent.close();
        }
    }

    /** True when --log-level was given, before or after 'run': it wins over the file's log-level. */
    private boolean logLevelOnCommandLine() {
        for (CommandLine c = spec.commandLine(); c != null; c = c.getParent()) {
            if (c.getParseResult() != null && c.getParseResult().hasMatchedOption("--log-level")) {
                return true;
            }
        }
        return false;
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
            throw new CliFailure(ExitCodes.FAILED, "collector " + dialled + " did not acknowledge the snapshot within "
                    + ackTimeoutSeconds + " s" + (problem == null ? "" : ": " + problem)
                    + " (it stays spooled for the next run)");
        } catch (ExecutionException e) {
            throw new CliFailure(ExitCodes.FAILED, Failures.unwrap(e).getMessage(), e);
        }
    }

    /** The budget: flags, else the file, else the defaults. */
    private Watchdog.Budget watchdogBudget(AgentConfig config) {
        Watchdog.Budget defaults = Watchdog.Budget.DEFAULTS;
        int memory = firstOf(watchdogMemoryFlag, config.watchdogMemoryMb(), defaults.memoryMb());
        int cpu = firstOf(watchdogCpuFlag, config.watchdogCpuPercent(), defaults.cpuPercent());
        if (memory < 0 || cpu < 0) {
            throw new ParameterException(spec.commandLine(), "--watchdog-memory-mb, --watchdog-cpu-percent: "
                    + "cannot be negative (0 turns a limit off)");
        }
        return new Watchdog.Budget(memory, cpu, defaults.window());
    }

    private static int firstOf(Integer flag, Integer file, int fallback) {
        return flag != null ? flag : file != null ? file : fallback;
    }

    /**
     * Over budget: count the restart for the next snapshot and exit with {@link ExitCodes#RESTART}; the shutdown
     * hook closes the runner, and the service manager (Restart=on-failure) starts a fresh process.
     */
    private static void restartForWatchdog(LocalAgent agent, String reason) {
        log.warn("watchdog: {}; restarting", reason);
        try {
            WatchdogRestarts.increment(agent.state());
        } catch (IOException e) {
            log.warn("watchdog: cannot count the restart: {}", e.getMessage());
        }
        System.exit(ExitCodes.RESTART);
    }

    private int runForever(AgentRunner runner, long intervalSeconds) throws InterruptedException {
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

package dev.farmguard.agent.run;

import dev.farmguard.agent.enroll.AgentCredentials;
import dev.farmguard.agent.enroll.CredentialStore;
import dev.farmguard.agent.enroll.Enroller;
import dev.farmguard.agent.spool.SnapshotSpool;
import dev.farmguard.agent.transport.Backoff;
import dev.farmguard.agent.transport.CollectorConnection;
import dev.farmguard.agent.transport.CollectorConnector;
import dev.farmguard.agent.transport.CollectorRejectedException;
import dev.farmguard.agent.transport.Failures;
import dev.farmguard.proto.v1.Ack;
import dev.farmguard.proto.v1.Snapshot;
import dev.farmguard.proto.v1.Welcome;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code run} loop: collects on a schedule, spools each snapshot, keeps one mutually authenticated
 * session with the collector (enrolling first when the agent has no certificate, reconnecting with
 * backoff, renewing the certificate when due), sends spooled snapshots in order with a bounded window and
 * deletes each only after its Ack. All state lives on one worker thread; network callbacks hop onto it.
 */
public final class AgentRunner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AgentRunner.class);
    /** Snapshots sent ahead of their Acks. */
    private static final int WINDOW = 16;
    /**
     * First wait before re-sending snapshots the collector could not take for now (UNAVAILABLE, RATE_LIMITED);
     * it doubles up to {@link #RETRY_DELAY_MAX} while refusals go on, so a device over its quota sends little.
     */
    private static final Duration RETRY_DELAY = Duration.ofSeconds(5);
    private static final Duration RETRY_DELAY_MAX = Duration.ofMinutes(5);
    /** A session that stayed up this long counts as a success for the reconnect backoff, even without Acks. */
    private static final Duration HEALTHY_SESSION = Duration.ofMinutes(1);

    private final LocalAgent agent;
    private final SnapshotSpool spool;
    private final CollectorConnector connector;
    private final Backoff backoff;
    private final Backoff retryBackoff;
    private boolean retryScheduled;
    private final ScheduledThreadPoolExecutor worker;
    private final AgentCredentials credentials;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Set<Long> inFlight = new HashSet<>();
    private final Map<Long, CompletableFuture<Ack>> waiters = new HashMap<>();
    private CollectorConnection connection;
    private long connectedAtNanos;
    private boolean connecting;
    private boolean closing;
    private volatile String lastProblem;

    /** @param enrollToken the enrollment token, null when the agent holds a certificate already */
    public AgentRunner(LocalAgent agent, SnapshotSpool spool, CollectorConnector connector, Backoff backoff,
                       String enrollToken) {
        this(agent, spool, connector, backoff, new Backoff(RETRY_DELAY, RETRY_DELAY_MAX,
                () -> java.util.concurrent.ThreadLocalRandom.current().nextDouble()), enrollToken);
    }

    /** @param retryBackoff waits before re-sending snapshots refused for now (UNAVAILABLE, RATE_LIMITED) */
    public AgentRunner(LocalAgent agent, SnapshotSpool spool, CollectorConnector connector, Backoff backoff,
                       Backoff retryBackoff, String enrollToken) {
        this.retryBackoff = retryBackoff;
        this.agent = agent;
        this.spool = spool;
        this.connector = connector;
        this.backoff = backoff;
        this.worker = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "agent");
            thread.setDaemon(true);
            return thread;
        });
        // a pending reconnect must not hold up shutdown
        worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.credentials = new AgentCredentials(new CredentialStore(agent.state()), new Enroller(connector), enrollToken,
                agent::machineFacts, Clock.systemUTC(), worker, agent::adoptDeviceId);
    }

    /** Whether the agent can reach the collector at all: it holds a device certificate or a token to get one. */
    public boolean canConnect() {
        return credentials.canConnect();
    }

    /** Why the agent cannot reach the collector at all (what to pass), or empty when it can. */
    public Optional<String> whyItCannotConnect() {
        return credentials.whyItCannotConnect();
    }

    /** Collects now and every {@code interval}, streaming to the collector. */
    public void start(Duration interval) {
        log.info("device {} reporting to {} every {} s ({} snapshot(s) spooled)", agent.deviceId(),
                connector.collector(), interval.toSeconds(), spool.size());
        worker.execute(this::connect);
        worker.scheduleAtFixedRate(this::collectAndSend, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Collects one snapshot now; the future completes with its Ack (it stays spooled until then). */
    public CompletableFuture<Ack> collectOnce() {
        CompletableFuture<Ack> acked = new CompletableFuture<>();
        worker.execute(() -> {
            try {
                Snapshot snapshot = agent.collect(spool.droppedTotal());
                spool.add(snapshot);
                waiters.put(snapshot.getSequence(), acked);
                log.info("collected snapshot {} of device {}", snapshot.getSequence(), agent.deviceId());
                connect();
                pump();
            } catch (IOException | RuntimeException e) {
                acked.completeExceptionally(e);
            }
        });
        return acked;
    }

    /** The latest reason the collector could not be reached or refused a snapshot, or null. */
    public String lastProblem() {
        return lastProblem;
    }

    private void collectAndSend() {
        CollectorConnection current = connection;
        if (current != null) {
            credentials.renewIfDue(current);
        }
        try {
            Snapshot snapshot = agent.collect(spool.droppedTotal());
            spool.add(snapshot);
            log.debug("collected snapshot {} ({} spooled)", snapshot.getSequence(), spool.size());
            pump();
        } catch (IOException | RuntimeException e) {
            log.error("collection failed: {}", e.getMessage(), e);
        }
    }

    private void connect() {
        if (closing || connecting || connection != null) {
            return;
        }
        connecting = true;
        credentials.ensure()
                .thenCompose(credential -> connector.connect(agent.hello(), null,
                        catalog -> worker.execute(() -> agent.catalog().update(catalog)), credential))
                .whenCompleteAsync(this::onConnected, worker);
    }

    private void onConnected(CollectorConnection opened, Throwable error) {
        connecting = false;
        if (error != null) {
            Throwable cause = Failures.unwrap(error);
            lastProblem = cause instanceof IllegalStateException ? cause.getMessage()
                    : Failures.describeConnect(connector.collector(), cause);
            if (credentials.current().isEmpty() && cause instanceof CollectorRejectedException refused
                    && !refused.retryable()) {
                // the token was refused: waiting for an Ack is pointless until someone fixes the token
                waiters.values().forEach(w -> w.completeExceptionally(new IllegalStateException(
                        "enrollment refused: " + refused.getMessage())));
                waiters.clear();
            }
            scheduleReconnect();
            return;
        }
        if (closing) {
            opened.close();
            return;
        }
        connection = opened;
        connectedAtNanos = System.nanoTime();
        // the backoff is reset by progress (an Ack, or a session that held), not by a Welcome: a session the
        // collector ends at once (a fatal refusal that names no snapshot) must not reconnect in a loop
        lastProblem = null;
        onWelcome(opened.welcome().join());
        opened.closeFuture().thenRunAsync(() -> onDisconnected(opened), worker);
        credentials.renewIfDue(opened);
        pump();
    }

    private void onWelcome(Welcome welcome) {
        log.info("connected to collector {} (version {})", connector.collector(), welcome.getCollectorVersion());
        if (!welcome.getDeviceId().isEmpty() && !welcome.getDeviceId().equals(agent.deviceId())) {
            log.warn("collector calls this device {}, the agent's id is {}", welcome.getDeviceId(), agent.deviceId());
        }
        // Spooled snapshots at or below the collector's highest stored sequence are still sent: one of
        // them may be missing there (refused for now while later ones were stored), and the collector acks
        // the ones it holds as duplicates. Only new numbers must go above it.
        long stored = welcome.getLastStoredSequence();
        try {
            if (agent.sequence().advancePast(stored)) {
                log.warn("collector already holds sequence {}; numbering continues above it", stored);
            }
        } catch (IOException e) {
            log.error("cannot persist the sequence counter: {}", e.getMessage());
        }
    }

    private void onDisconnected(CollectorConnection closed) {
        if (connection != closed) {
            return;
        }
        connection = null;
        inFlight.clear();
        if (System.nanoTime() - connectedAtNanos >= HEALTHY_SESSION.toNanos()) {
            backoff.reset();
        }
        if (!closing) {
            lastProblem = closed.closeReason();
            scheduleReconnect();
        }
    }

    private void scheduleReconnect() {
        if (closing) {
            return;
        }
        Duration delay = backoff.next();
        log.warn("{}; retrying in {} s", lastProblem, Math.max(1, delay.toSeconds()));
        worker.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends spooled snapshots, oldest first, keeping at most WINDOW unacknowledged. */
    private void pump() {
        CollectorConnection current = connection;
        if (current == null || !current.isOpen()) {
            return;
        }
        for (long sequence : spool.sequences()) {
            if (inFlight.size() >= WINDOW) {
                return;
            }
            if (inFlight.contains(sequence)) {
                continue;
            }
            Optional<Snapshot> snapshot = spool.read(sequence).map(this::withCertifiedId);
            if (snapshot.isPresent()) {
                inFlight.add(sequence);
                current.send(snapshot.get()).whenCompleteAsync((ack, error) -> onSent(sequence, ack, error), worker);
            }
        }
    }

    /** Snapshots spooled before the agent enrolled carry its provisional id; the certificate's id goes out. */
    private Snapshot withCertifiedId(Snapshot snapshot) {
        String certified = agent.deviceId();
        return snapshot.getDeviceId().equals(certified) ? snapshot
                : snapshot.toBuilder().setDeviceId(certified).build();
    }

    private void onSent(long sequence, Ack ack, Throwable error) {
        inFlight.remove(sequence);
        if (error == null) {
            backoff.reset();
            retryBackoff.reset();
            spool.remove(sequence);
            log.debug("snapshot {} acknowledged{}", sequence, ack.getDuplicate() ? " (duplicate)" : "");
            Optional.ofNullable(waiters.remove(sequence)).ifPresent(w -> w.complete(ack));
            pump();
            return;
        }
        Throwable cause = Failures.unwrap(error);
        lastProblem = cause.getMessage();
        if (cause instanceof CollectorRejectedException rejected && !rejected.retryable()) {
            log.error("{}; dropping it from the spool", rejected.getMessage());
            spool.remove(sequence);
            Optional.ofNullable(waiters.remove(sequence)).ifPresent(w -> w.completeExceptionally(rejected));
        } else {
            log.warn("snapshot {} not acknowledged: {}; it stays spooled", sequence, cause.getMessage());
            if (cause instanceof CollectorRejectedException) {
                scheduleRetry();
            }
        }
    }

    /** One pending re-send for all the snapshots refused for now, after a delay that grows while refusals go on. */
    private void scheduleRetry() {
        if (retryScheduled) {
            return;
        }
        retryScheduled = true;
        worker.schedule(() -> {
            retryScheduled = false;
            pump();
        }, retryBackoff.next().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops collecting, closes the session and the event loops. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        worker.execute(() -> {
            closing = true;
            if (connection != null) {
                connection.close();
            }
        });
        worker.shutdown();
        try {
            if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.shutdownNow();
        }
        connector.close();
    }
}

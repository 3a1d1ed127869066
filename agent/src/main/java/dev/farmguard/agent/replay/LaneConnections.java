package dev.farmguard.agent.replay;

import dev.farmguard.agent.transport.Backoff;
import dev.farmguard.agent.transport.CollectorConnection;
import dev.farmguard.agent.transport.CollectorConnector;
import dev.farmguard.agent.transport.CollectorRejectedException;
import dev.farmguard.agent.transport.Failures;
import dev.farmguard.proto.v1.Hello;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The sessions one lane keeps open, keyed by (device id, observed IP), least recently used evicted
 * first. Files interleaved by time would otherwise pay a TLS handshake per line. Per-device order holds
 * because a device's previous session is drained before the device sends on another.
 */
final class LaneConnections {

    record Key(String deviceId, String observedIp) {
    }

    private final CollectorConnector connector;
    private final ReplayCredentials credentials;
    private final ReplayStats stats;
    private final Duration ackTimeout;
    private final int capacity;
    private final int connectAttempts;
    private final LinkedHashMap<Key, LaneConnection> open = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, Key> lastKeyOfDevice = new HashMap<>();

    LaneConnections(CollectorConnector connector, ReplayCredentials credentials, ReplayStats stats,
                    Duration ackTimeout, int capacity, int connectAttempts) {
        this.connector = connector;
        this.credentials = credentials;
        this.stats = stats;
        this.ackTimeout = ackTimeout;
        this.capacity = capacity;
        this.connectAttempts = connectAttempts;
    }

    /** The open session for this device and IP, opening one when needed. */
    LaneConnection get(Key key, Hello hello) throws ConnectFailedException {
        Key previous = lastKeyOfDevice.get(key.deviceId());
        if (previous != null && !previous.equals(key) && open.containsKey(previous)) {
            open.get(previous).drain();
        }
        LaneConnection connection = open.get(key);
        if (connection != null && !connection.isOpen()) {
            remove(key).close();
            connection = null;
        }
        if (connection == null) {
            while (open.size() >= capacity) {
                Iterator<Map.Entry<Key, LaneConnection>> eldest = open.entrySet().iterator();
                Key evicted = eldest.next().getKey();
                remove(evicted).close();
            }
            connection = new LaneConnection(connect(key, hello), stats, ackTimeout);
            open.put(key, connection);
        }
        lastKeyOfDevice.put(key.deviceId(), key);
        return connection;
    }

    private CollectorConnection connect(Key key, Hello hello) throws ConnectFailedException {
        Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(5),
                () -> ThreadLocalRandom.current().nextDouble());
        String problem = "";
        for (int attempt = 1; attempt <= connectAttempts; attempt++) {
            try {
                CollectorConnection connection = credentials.forDevice(key.deviceId(), key.observedIp())
                        .thenCompose(credential -> connector.connect(hello, key.observedIp(), catalog -> { },
                                credential)).join();
                stats.connections.incrementAndGet();
                return connection;
            } catch (RuntimeException e) {
                Throwable cause = Failures.unwrap(e);
                problem = cause.getMessage();
                if (cause instanceof CollectorRejectedException rejected && !rejected.retryable()) {
                    break;
                }
                if (attempt < connectAttempts) {
                    sleep(backoff.next());
                }
            }
        }
        throw new ConnectFailedException(problem);
    }

    private LaneConnection remove(Key key) {
        if (key.equals(lastKeyOfDevice.get(key.deviceId()))) {
            lastKeyOfDevice.remove(key.deviceId());
        }
        return open.remove(key);
    }

    void closeAll() {
        open.values().forEach(LaneConnection::close);
        open.clear();
        lastKeyOfDevice.clear();
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** No session could be opened for a record. */
    static final class ConnectFailedException extends Exception {
        ConnectFailedException(String message) {
            super(message);
        }
    }
}

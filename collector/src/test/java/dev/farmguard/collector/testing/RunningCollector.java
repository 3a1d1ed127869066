package dev.farmguard.collector.testing;

import dev.farmguard.collector.app.Collector;
import dev.farmguard.collector.config.Cidr;
import dev.farmguard.collector.config.CollectorConfig;
import dev.farmguard.collector.config.HostPort;
import dev.farmguard.collector.config.Limits;
import dev.farmguard.collector.enroll.TokenPurpose;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Starts a collector on loopback ephemeral ports with a temp data dir. */
public final class RunningCollector {

    private RunningCollector() {}

    public static Collector start(Path dataDir, List<Cidr> trustedProxies, Duration handshakeTimeout)
            throws Exception {
        return start(dataDir, trustedProxies, new Limits(64 * 1024, handshakeTimeout, Duration.ofSeconds(60), 1024));
    }

    /** With every agent-port limit given. */
    public static Collector start(Path dataDir, List<Cidr> trustedProxies, Limits limits) throws Exception {
        CollectorConfig d = CollectorConfig.defaults(dataDir);
        CollectorConfig config = new CollectorConfig(dataDir, new HostPort("127.0.0.1", 0),
                new HostPort("127.0.0.1", 0), List.of(), trustedProxies, List.of(), d.store(), limits, 64 * 1024);
        return Collector.start(config, List.of(), Clock.systemUTC());
    }

    /**
     * A {@code replay} enrollment token (no use limit, default expiry) for {@code farmguard-agent replay
     * --enroll-token}: replayed device ids are enrolled under their recorded names. Replay also needs the
     * replaying host among the trusted proxies (it sends PROXY v2 headers), e.g. {@code 127.0.0.1/32}.
     */
    public static String replayToken(Collector c) {
        return c.enrollmentTokens().create(TokenPurpose.REPLAY, "replay (test)", null, null).secret();
    }

    /** A {@code device} enrollment token for {@code farmguard-agent run --enroll-token}. */
    public static String deviceToken(Collector c) {
        return c.enrollmentTokens().create(TokenPurpose.DEVICE, "agent (test)", null, null).secret();
    }

    public static InetSocketAddress agentAddress(Collector c) {
        return c.agentAddress().toSocketAddress();
    }
}

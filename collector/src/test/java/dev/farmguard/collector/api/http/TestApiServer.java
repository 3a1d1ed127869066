package dev.farmguard.collector.api.http;

import dev.farmguard.collector.api.Router;
import dev.farmguard.collector.config.ApiLimits;
import dev.farmguard.collector.config.HostPort;
import dev.farmguard.collector.testing.RawHttps;
import dev.farmguard.collector.tls.CertificateAuthority;
import dev.farmguard.collector.tls.ServerTls;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** An {@link ApiServer} on a loopback port with the given routes and its own CA in a temp directory. */
final class TestApiServer implements AutoCloseable {

    /** Small limits for tests: 4 KiB bodies, 10 KiB of bodies in flight, 30 connections, 8 per address. */
    static final ApiLimits LIMITS = new ApiLimits(4096, 10 * 1024, 30, 8);

    private final ApiServer server;
    private final InetSocketAddress address;
    private final Path dir;

    private TestApiServer(ApiServer server, InetSocketAddress address, Path dir) {
        this.server = server;
        this.address = address;
        this.dir = dir;
    }

    static TestApiServer start(Router router, ApiLimits limits) throws Exception {
        Path dir = Files.createTempDirectory("fg-api");
        CertificateAuthority ca = CertificateAuthority.loadOrCreate(dir.resolve("ca.pem"), dir.resolve("ca.key"),
                Clock.systemUTC());
        ApiServer server = new ApiServer(ServerTls.serverContext(ca.issueServerCertificate(List.of("127.0.0.1"),
                Duration.ofDays(1))), Duration.ofSeconds(5), limits, router);
        return new TestApiServer(server, server.bind(new HostPort("127.0.0.1", 0)), dir);
    }

    RawHttps connect() throws Exception {
        return RawHttps.connect(address, dir.resolve("ca.pem"));
    }

    RawHttps connectFrom(String localAddress) throws Exception {
        return RawHttps.connectFrom(localAddress, address, dir.resolve("ca.pem"));
    }

    @Override
    public void close() throws IOException {
        server.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

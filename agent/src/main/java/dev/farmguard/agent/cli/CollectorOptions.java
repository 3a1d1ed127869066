package dev.farmguard.agent.cli;

import dev.farmguard.agent.transport.CollectorConnector;
import dev.farmguard.agent.transport.HostPort;
import dev.farmguard.agent.transport.TransportConfig;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Where the collector is and how to trust it; shared by {@code run} and {@code replay}. */
final class CollectorOptions {

    @Option(names = "--collector", required = true, paramLabel = "HOST:PORT", converter = HostPortConverter.class,
            description = "Collector agent port, e.g. collector.example.com:7443 or [::1]:7443.")
    HostPort collector;

    @Option(names = "--ca", required = true, paramLabel = "FILE",
            description = "PEM file with the collector's CA certificate; no other certificate is trusted.")
    Path caFile;

    /** A connector to the collector; a bad CA file is a usage error naming {@code --ca}. */
    CollectorConnector connector(CommandSpec spec, int threads) {
        try {
            return new CollectorConnector(TransportConfig.defaults(collector, caFile), threads, Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--ca: " + e.getMessage(), e, null, caFile.toString());
        }
    }
}

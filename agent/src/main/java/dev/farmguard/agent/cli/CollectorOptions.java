package dev.farmguard.agent.cli;

import dev.farmguard.agent.config.AgentConfig;
import dev.farmguard.agent.config.CaFingerprint;
import dev.farmguard.agent.transport.CollectorConnector;
import dev.farmguard.agent.transport.HostPort;
import dev.farmguard.agent.transport.TlsClientContext;
import dev.farmguard.agent.transport.TransportConfig;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Where the collector is and how to trust it; shared by {@code run} and {@code replay}. The flags win over the
 * configuration file; one of the two must name both the collector and its CA.
 */
final class CollectorOptions {

    @Option(names = "--collector", paramLabel = "HOST:PORT", converter = HostPortConverter.class,
            description = "Collector agent port, e.g. collector.example.com:7443 or [::1]:7443 (required unless "
                    + "the configuration file sets collector).")
    HostPort collector;

    @Option(names = "--ca", paramLabel = "FILE",
            description = "PEM file with the collector's CA certificate; no other certificate is trusted (required "
                    + "unless the configuration file sets ca).")
    Path caFile;

    /** The collector to dial: the flag, else the file's. */
    HostPort collector(CommandSpec spec, AgentConfig config) {
        HostPort address = collector != null ? collector : config.collector();
        if (address == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--collector=HOST:PORT' "
                    + "(or collector in the --config file)");
        }
        return address;
    }

    /** A connector without a configuration file (replay). */
    CollectorConnector connector(CommandSpec spec, int threads) {
        return connector(spec, threads, AgentConfig.NONE);
    }

    /**
     * A connector to the collector; a bad CA file, or one whose fingerprint is not the file's {@code ca-fingerprint}
     * pin, is a usage error naming where the CA came from.
     */
    CollectorConnector connector(CommandSpec spec, int threads, AgentConfig config) {
        HostPort address = collector(spec, config);
        Path ca = caFile != null ? caFile : config.ca();
        String source = caFile != null ? "--ca" : "ca (" + config.source() + ")";
        if (ca == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--ca=FILE' "
                    + "(or ca in the --config file)");
        }
        try {
            if (config.caFingerprint() != null
                    && !CaFingerprint.matches(TlsClientContext.loadCertificates(ca), config.caFingerprint())) {
                throw new ParameterException(spec.commandLine(), source + ": the CA certificate in " + ca
                        + " does not have the fingerprint pinned by ca-fingerprint in " + config.source() + " ("
                        + config.caFingerprint() + "); the file was replaced or belongs to another collector");
            }
            return new CollectorConnector(TransportConfig.defaults(address, ca), threads, Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), source + ": " + e.getMessage(), e, null, ca.toString());
        }
    }
}

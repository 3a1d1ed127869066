package dev.farmguard.collector.cli;

import dev.farmguard.collector.cli.client.DeviceShowCommand;
import dev.farmguard.collector.config.CollectorConfig;
import dev.farmguard.collector.config.ConfigException;
import dev.farmguard.collector.store.Store;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code device revoke --data DIR ID}: revoke a device directly in the store; {@code device show ID}: one device from a
 * running collector's API.
 */
@Command(name = "device", mixinStandardHelpOptions = true, description = "Manage enrolled devices.",
        subcommands = {DeviceCommand.Revoke.class, DeviceShowCommand.class})
final class DeviceCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = {"Revoke a device: its certificate is refused at the TLS handshake and it cannot re-enroll.",
                "A running collector applies it within enrollment.revocation-refresh (30 s by default); "
                        + "POST /api/v1/devices/{id}/revoke applies at once."})
    static final class Revoke implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "DEVICE_ID", description = "The device id (as the API lists it).")
        String deviceId;

        @Override
        public Integer call() {
            CollectorConfig config;
            try {
                config = store.config();
            } catch (ConfigException e) {
                spec.commandLine().getErr().println("configuration error: " + e.getMessage());
                return 2;
            }
            try (Store s = store.open(config)) {
                if (s.enrollments().enrollment(deviceId).isEmpty() && s.device(deviceId).isEmpty()) {
                    spec.commandLine().getErr().println("no device " + deviceId);
                    return 1;
                }
                boolean fresh = s.enrollments().revokeDevice(deviceId, Instant.now());
                spec.commandLine().getOut().println((fresh ? "revoked device " : "device already revoked: ") + deviceId);
                return 0;
            } catch (IOException e) {
                spec.commandLine().getErr().println("cannot open the store in " + store.data + ": " + e.getMessage());
                return 1;
            }
        }
    }
}

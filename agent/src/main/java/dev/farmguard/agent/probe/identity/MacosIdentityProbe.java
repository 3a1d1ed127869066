package dev.farmguard.agent.probe.identity;

import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.command.Command;
import dev.farmguard.agent.probe.command.CommandRunner;
import dev.farmguard.agent.probe.macos.IoregNode;
import dev.farmguard.agent.probe.macos.IoregText;
import dev.farmguard.agent.probe.macos.MacCommands;
import dev.farmguard.agent.probe.macos.SystemProfilerJson;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * macOS identity: model identifier, maker, serial and hardware UUID from the IOPlatformExpertDevice
 * ({@code ioreg -rd1 -c IOPlatformExpertDevice}), chassis from the model identifier (or the marketing name
 * from {@code system_profiler SPHardwareDataType} when the identifier is a bare "MacNN,N"), OS from
 * {@code sw_vers}, host name from {@code hostname}; CPU, memory and boot time from OSHI (read once).
 * A command that fails leaves its fields to OSHI's values and adds a warning.
 */
public final class MacosIdentityProbe implements IdentityProbe {

    private final CommandRunner commands;
    private final Supplier<HardwareFacts> facts;

    public MacosIdentityProbe(CommandRunner commands, Supplier<HardwareFacts> facts) {
        this.commands = commands;
        this.facts = facts;
    }

    @Override
    public IdentityInfo collect(ProbeWarnings warnings) {
        HardwareFacts oshi = facts.get();
        Optional<IoregNode> platform = run(MacCommands.IOREG_PLATFORM, warnings)
                .flatMap(out -> IoregText.parse(out).stream().findFirst());
        String model = platform.flatMap(p -> p.string("model")).orElse(oshi.model());
        String vendor = platform.flatMap(p -> p.string("manufacturer")).orElse(oshi.vendor());
        String serial = platform.flatMap(p -> p.string("IOPlatformSerialNumber")).orElse(oshi.serial());
        String uuid = platform.flatMap(p -> p.string("IOPlatformUUID")).orElse(oshi.uuid()).toLowerCase(Locale.ROOT);
        String machineName = "";
        if (MacModels.needsMachineName(model)) {
            machineName = run(MacCommands.SP_HARDWARE, warnings)
                    .flatMap(out -> SystemProfilerJson.items(out, "SPHardwareDataType").stream().findFirst())
                    .map(item -> SystemProfilerJson.text(item, "machine_name")).orElse("");
        }
        Map<String, String> os = swVers(run(MacCommands.SW_VERS, warnings).orElse(""));
        String hostname = run(MacCommands.HOSTNAME, warnings).map(String::trim).orElse("");
        return new IdentityInfo(hostname, vendor, model, serial, uuid, MacModels.chassis(model, machineName),
                Platform.MACOS, os.getOrDefault("ProductName", "macOS"), os.getOrDefault("ProductVersion", ""),
                os.getOrDefault("BuildVersion", ""), oshi.cpuModel(), oshi.logicalCpus(), oshi.physicalCpus(),
                oshi.totalMemoryBytes(), oshi.bootTime());
    }

    /** {@code sw_vers} prints "ProductName:\tmacOS" lines (one or two tabs). */
    static Map<String, String> swVers(String output) {
        Map<String, String> values = new HashMap<>();
        for (String line : output.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                String value = line.substring(colon + 1).trim();
                if (!value.isEmpty()) {
                    values.put(line.substring(0, colon).trim(), value);
                }
            }
        }
        return values;
    }

    private Optional<String> run(Command command, ProbeWarnings warnings) {
        return MacCommands.output(commands, command, warnings);
    }
}

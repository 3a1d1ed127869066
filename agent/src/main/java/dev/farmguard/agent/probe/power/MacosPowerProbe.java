package dev.farmguard.agent.probe.power;

import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.command.Command;
import dev.farmguard.agent.probe.command.CommandRunner;
import dev.farmguard.agent.probe.macos.MacCommands;
import java.util.List;
import java.util.Optional;

/**
 * macOS power reader: {@code pmset -g batt}, the AppleSmartBattery and the clamshell flag (see
 * {@link MacosPower}). Fails only when none of the three can be run.
 */
public final class MacosPowerProbe implements PowerProbe {

    private final CommandRunner commands;

    public MacosPowerProbe(CommandRunner commands) {
        this.commands = commands;
    }

    @Override
    public PowerInfo collect(ProbeWarnings warnings) throws ProbeException {
        String[] outputs = new String[3];
        List<Command> runs = List.of(MacCommands.PMSET_BATT, MacCommands.IOREG_BATTERY, MacCommands.IOREG_CLAMSHELL);
        int failed = 0;
        for (int i = 0; i < runs.size(); i++) {
            Optional<String> output = MacCommands.output(commands, runs.get(i), warnings);
            outputs[i] = output.orElse("");
            failed += output.isEmpty() ? 1 : 0;
        }
        if (failed == runs.size()) {
            throw new ProbeException("neither pmset nor ioreg could be run");
        }
        return MacosPower.parse(outputs[0], outputs[1], outputs[2]);
    }
}

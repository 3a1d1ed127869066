package dev.farmguard.agent.probe.display;

import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.command.Command;
import dev.farmguard.agent.probe.command.CommandRunner;
import dev.farmguard.agent.probe.macos.MacCommands;
import java.util.ArrayList;
import java.util.List;

/**
 * macOS display reader: {@code system_profiler SPDisplaysDataType} for the displays in use, and three
 * narrow {@code ioreg} queries for raw EDIDs and built-in panels that are not in use; joined by
 * {@link MacosDisplays}. Without system_profiler the probe fails; a missing ioreg view is a warning.
 */
public final class MacosDisplayProbe implements DisplayProbe {

    private static final List<Command> REGISTRY_VIEWS =
            List.of(MacCommands.IOREG_EDID, MacCommands.IOREG_DISPLAY_EDID, MacCommands.IOREG_CLCD);

    private final CommandRunner commands;

    public MacosDisplayProbe(CommandRunner commands) {
        this.commands = commands;
    }

    @Override
    public List<DisplayInfo> collect(ProbeWarnings warnings) throws ProbeException {
        String profiler = commands.output(MacCommands.SP_DISPLAYS);
        List<String> views = new ArrayList<>();
        for (Command command : REGISTRY_VIEWS) {
            MacCommands.output(commands, command, warnings).ifPresent(views::add);
        }
        List<String> notes = new ArrayList<>();
        List<DisplayInfo> displays = MacosDisplays.parse(profiler, views, notes);
        notes.forEach(warnings::warn);
        return displays;
    }
}

package dev.farmguard.agent.probe.input;

import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.command.CommandRunner;
import dev.farmguard.agent.probe.macos.IoregText;
import dev.farmguard.agent.probe.macos.MacCommands;
import java.util.Optional;

/**
 * macOS input idle time: {@code HIDIdleTime} (nanoseconds since the last HID event) of the IOHIDSystem
 * entry. It counts every HID device alike, so an IP-KVM's USB keyboard and mouse reset it as the built-in
 * keyboard does; it cannot tell local hands from remote ones.
 */
public final class MacosInputProbe implements InputProbe {

    public static final String SOURCE = "HIDIdleTime";

    private final CommandRunner commands;

    public MacosInputProbe(CommandRunner commands) {
        this.commands = commands;
    }

    @Override
    public InputActivityInfo collect(ProbeWarnings warnings) throws ProbeException {
        Optional<Long> idle = parse(commands.output(MacCommands.IOREG_HID_SYSTEM));
        if (idle.isEmpty()) {
            warnings.warn("no HIDIdleTime in the IOHIDSystem entry");
            return InputActivityInfo.unknown();
        }
        return new InputActivityInfo(idle.get(), SOURCE);
    }

    /** Milliseconds since the last input, from {@code ioreg -r -d 1 -c IOHIDSystem}. */
    public static Optional<Long> parse(String ioregOutput) {
        return IoregText.all(ioregOutput).stream()
                .map(node -> node.number("HIDIdleTime"))
                .flatMap(Optional::stream)
                .filter(ns -> ns >= 0)
                .map(ns -> ns / 1_000_000)
                .findFirst();
    }
}

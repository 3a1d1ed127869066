package dev.farmguard.agent.cli;

import dev.farmguard.agent.transport.HostPort;
import picocli.CommandLine;

/** Parses {@code --collector HOST:PORT}; picocli reports the message with the option name. */
final class HostPortConverter implements CommandLine.ITypeConverter<HostPort> {

    @Override
    public HostPort convert(String value) {
        try {
            return HostPort.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}

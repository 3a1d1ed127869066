package dev.farmguard.agent.probe.command;

import dev.farmguard.agent.probe.ProbeException;
import java.io.IOException;
import java.util.Optional;

/**
 * Runs OS commands for the readers of every platform. The live implementation is {@link ProcessCommandRunner}
 * with the platform's {@link CommandSettings} (on Windows behind {@link SharedCommandResults}); tests answer
 * from recorded output.
 */
@FunctionalInterface
public interface CommandRunner {

    /** A runner for machines (and tests) where no command is available: every command fails to start. */
    CommandRunner NONE = command -> {
        throw new IOException("no commands are available");
    };

    /**
     * Runs the command to completion.
     *
     * @throws IOException when it is not installed, cannot be started, does not finish in time, is interrupted,
     *                     or prints more than a runner that refuses over-long output allows
     */
    CommandResult run(Command command) throws IOException;

    /** The command's result, or empty when it could not be run (not installed, failed to start, timed out). */
    default Optional<CommandResult> tryRun(Command command) {
        try {
            return Optional.of(run(command));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The output of a command the reader cannot do without: one that cannot run, prints more than the limit or
     * exits non-zero is a probe failure naming the command.
     */
    default String output(Command command) throws ProbeException {
        CommandResult result;
        try {
            result = run(command);
        } catch (IOException e) {
            throw new ProbeException("cannot run " + command.name() + ": " + e.getMessage(), e);
        }
        if (result.truncated()) {
            throw new ProbeException("output of " + command.name() + " exceeds the output limit");
        }
        if (!result.succeeded()) {
            throw new ProbeException(command.name() + " exited with " + result.exitCode()
                    + (result.firstLine().isEmpty() ? "" : ": " + result.firstLine()));
        }
        return result.stdout();
    }
}

package dev.farmguard.agent.probe.windows;

import dev.farmguard.agent.probe.ProbeException;
import java.io.IOException;

/**
 * Runs Windows commands for the readers. The live implementation is {@link ProcessCommandRunner} (behind
 * {@link SharedCommandResults}); tests answer from recorded output.
 */
@FunctionalInterface
public interface WindowsCommands {

    /**
     * Runs the command to completion.
     *
     * @throws IOException when it cannot be started, times out or prints too much
     */
    CommandResult run(WindowsCommand command) throws IOException;

    /** Runs the command and returns its output, or fails with a probe error naming the command. */
    default String output(WindowsCommand command) throws ProbeException {
        CommandResult result;
        try {
            result = run(command);
        } catch (IOException e) {
            throw new ProbeException("cannot run " + command.name() + ": " + e.getMessage(), e);
        }
        if (!result.succeeded()) {
            throw new ProbeException(command.name() + " exited with " + result.exitCode()
                    + (result.firstLine().isEmpty() ? "" : ": " + result.firstLine()));
        }
        return result.stdout();
    }
}

package dev.farmguard.agent.probe;

import java.util.List;
import java.util.Optional;

/**
 * Runs an OS command for a reader (e.g. {@code iw}, {@code loginctl}). Readers take one of these so tests can
 * feed recorded output; {@link SystemCommands} is the live one.
 */
@FunctionalInterface
public interface CommandRunner {

    /**
     * The command's result, or empty when it is not installed, could not start, or did not finish in time.
     *
     * @param command program name (looked up in the system directories only) and arguments
     */
    Optional<CommandResult> run(List<String> command);

    /** A runner for machines (and tests) where no command is available. */
    CommandRunner NONE = command -> Optional.empty();

    /**
     * What a finished command printed.
     *
     * @param exitCode  its exit status
     * @param stdout    standard output (UTF-8), cut at the runner's byte limit
     * @param truncated the output was cut
     */
    record CommandResult(int exitCode, String stdout, boolean truncated) {

        public boolean succeeded() {
            return exitCode == 0;
        }
    }
}

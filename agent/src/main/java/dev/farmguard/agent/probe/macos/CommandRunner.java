package dev.farmguard.agent.probe.macos;

import java.util.List;

/**
 * Runs an OS command and returns its standard output. The live runner ({@link ProcessCommandRunner})
 * bounds time and output; tests substitute recorded output of real machines.
 */
@FunctionalInterface
public interface CommandRunner {

    /**
     * Runs the command (program and arguments, no shell).
     *
     * @throws CommandException when the program is missing, hangs past its time limit or floods its output
     */
    CommandResult run(List<String> command) throws CommandException;

    /** The runner for this machine: 10 s and 16 MiB per command. */
    static CommandRunner system() {
        return ProcessCommandRunner.DEFAULT;
    }
}

package dev.farmguard.agent.probe.macos;

/**
 * What a command printed and how it exited.
 *
 * @param exitCode the process exit status (several macOS tools exit non-zero for "not found" answers)
 * @param stdout   standard output decoded as UTF-8 (invalid bytes replaced)
 */
public record CommandResult(int exitCode, String stdout) {

    public boolean succeeded() {
        return exitCode == 0;
    }
}

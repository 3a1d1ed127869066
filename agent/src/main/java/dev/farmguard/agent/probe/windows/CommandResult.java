package dev.farmguard.agent.probe.windows;

/** What a finished command printed on stdout, and its exit code. */
public record CommandResult(int exitCode, String stdout) {

    public boolean succeeded() {
        return exitCode == 0;
    }

    /** The first non-blank line of the output (for messages), at most 200 characters. */
    public String firstLine() {
        String line = stdout.lines().map(String::trim).filter(l -> !l.isEmpty()).findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}

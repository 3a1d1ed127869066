package dev.farmguard.agent.probe.command;

/**
 * What a finished command printed on stdout (UTF-8, a byte order mark dropped), and its exit code.
 *
 * @param exitCode  its exit status; -1 when the output was cut (the command was killed)
 * @param stdout    standard output, cut at the runner's byte limit
 * @param truncated the output was cut (only runners that keep over-long output, see {@link CommandSettings})
 */
public record CommandResult(int exitCode, String stdout, boolean truncated) {

    /** A complete output. */
    public CommandResult(int exitCode, String stdout) {
        this(exitCode, stdout, false);
    }

    public boolean succeeded() {
        return exitCode == 0;
    }

    /** The first non-blank line of the output (for messages), at most 200 characters. */
    public String firstLine() {
        String line = stdout.lines().map(String::trim).filter(l -> !l.isEmpty()).findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}

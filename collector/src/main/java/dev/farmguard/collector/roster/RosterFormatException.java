package dev.farmguard.collector.roster;

/** A roster CSV was rejected whole; the message names the line and the problem. */
public class RosterFormatException extends RuntimeException {

    private final int line;

    public RosterFormatException(int line, String problem) {
        super(line > 0 ? "line " + line + ": " + problem : problem);
        this.line = line;
    }

    /** 1-based line of the CSV text where the bad row starts, 0 when the problem is not one row. */
    public int line() {
        return line;
    }
}

package dev.farmguard.agent.replay;

/**
 * What a replay did.
 *
 * @param lines       non-blank lines read
 * @param sent        snapshots sent
 * @param acked       snapshots acknowledged (duplicates included)
 * @param duplicates  acknowledgements saying the collector already had the snapshot
 * @param errors      snapshots sent or due to be sent that were not acknowledged
 * @param badLines    lines skipped because they could not be parsed
 * @param connections sessions opened
 */
public record ReplaySummary(long lines, long sent, long acked, long duplicates, long errors, long badLines,
                            long connections, long elapsedMillis) {

    /** Every line was parsed and acknowledged. */
    public boolean success() {
        return errors == 0 && badLines == 0;
    }

    /** Acknowledged snapshots per second. */
    public double ackedPerSecond() {
        return elapsedMillis == 0 ? acked : acked * 1000.0 / elapsedMillis;
    }
}

package dev.farmguard.agent.state;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The per-device snapshot sequence: strictly increasing across restarts. Each value is written to the
 * state directory ({@code sequence}) before it is handed out, so a crash can skip numbers but never
 * repeat one. Thread-safe.
 */
public final class SequenceCounter {

    static final String FILE = "sequence";

    private final StateDirectory state;
    private long last;

    private SequenceCounter(StateDirectory state, long last) {
        this.state = state;
        this.last = last;
    }

    /** Opens the counter; a file that does not hold a non-negative number is a startup error. */
    public static SequenceCounter open(StateDirectory state) throws IOException {
        Optional<byte[]> stored = state.read(FILE);
        long last = 0;
        if (stored.isPresent()) {
            String text = new String(stored.get(), StandardCharsets.UTF_8).trim();
            try {
                last = Long.parseLong(text);
            } catch (NumberFormatException e) {
                last = -1;
            }
            if (last < 0) {
                throw new IOException(state.root().resolve(FILE) + " does not hold a sequence number: '"
                        + text + "'; restore it or delete the whole state directory");
            }
        }
        return new SequenceCounter(state, last);
    }

    /** The next sequence number, persisted before it is returned. */
    public synchronized long next() throws IOException {
        long next = last + 1;
        persist(next);
        last = next;
        return next;
    }

    /** Makes sure the next number is above {@code stored} (the collector already holds that sequence). */
    public synchronized boolean advancePast(long stored) throws IOException {
        if (stored <= last) {
            return false;
        }
        persist(stored);
        last = stored;
        return true;
    }

    public synchronized long last() {
        return last;
    }

    private void persist(long value) throws IOException {
        state.write(FILE, (value + "\n").getBytes(StandardCharsets.UTF_8));
    }
}

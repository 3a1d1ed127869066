package dev.farmguard.collector.api;

import dev.farmguard.collector.logging.LogBudget;
import dev.farmguard.collector.logging.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API's problem log, with the agent port's per-reason budget (20 lines per 10 s, then a count): a flood of
 * bad requests cannot flood the log. Client errors are one line without a stack trace; only internal errors
 * carry one. Every value from the request is passed through {@link LogSafe}.
 */
public final class ApiErrorLog {

    /** Why a line is logged; each has its own budget. */
    public enum Kind { MALFORMED_REQUEST, REFUSED_REQUEST, REFUSED_CONNECTION, CONNECTION_ERROR, INTERNAL_ERROR }

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorLog.class);
    private static final int LINES_PER_WINDOW = 20;
    private static final long WINDOW_NANOS = 10_000_000_000L;

    private final LogBudget<Kind> budget = new LogBudget<>(Kind.class, LINES_PER_WINDOW, WINDOW_NANOS, System::nanoTime);

    /** A client's mistake or a refusal: one line, no stack trace. */
    public void client(Kind kind, Object peer, String what) {
        long suppressed = budget.take(kind);
        if (suppressed >= 0) {
            LOG.info("API {} from {}: {}{}", kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                    LogSafe.text(peer), LogSafe.text(what), more(suppressed));
        }
    }

    /** A failure of the collector itself while answering: logged with its stack trace, within the budget. */
    public void internal(String method, String path, Throwable cause) {
        long suppressed = budget.take(Kind.INTERNAL_ERROR);
        if (suppressed >= 0) {
            LOG.error("API {} {} failed{}", LogSafe.text(method), LogSafe.text(path), more(suppressed), cause);
        }
    }

    private static String more(long suppressed) {
        return suppressed == 0 ? "" : " (" + suppressed + " more not logged)";
    }
}

package dev.farmguard.agent.transport;

import dev.farmguard.proto.v1.ErrorCode;

/** The collector answered with an {@code Error}: a snapshot (sequence != 0) or the session was refused. */
public final class CollectorRejectedException extends Exception {

    private final ErrorCode code;
    private final long sequence;
    private final boolean fatal;

    public CollectorRejectedException(ErrorCode code, String message, long sequence, boolean fatal) {
        super("collector refused" + (sequence != 0 ? " snapshot " + sequence : "") + ": " + code + ": " + message);
        this.code = code;
        this.sequence = sequence;
        this.fatal = fatal;
    }

    public ErrorCode code() {
        return code;
    }

    public long sequence() {
        return sequence;
    }

    public boolean fatal() {
        return fatal;
    }

    /** Sending the same snapshot again can succeed later (storage down, rate limit). */
    public boolean retryable() {
        return code == ErrorCode.ERROR_CODE_UNAVAILABLE || code == ErrorCode.ERROR_CODE_RATE_LIMITED;
    }
}

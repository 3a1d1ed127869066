package dev.farmguard.collector.wire;

/** A message over one of the configured size limits (a repeated field's entries, a string's length). */
public final class LimitExceededException extends InvalidMessageException {

    public LimitExceededException(String message, long sequence) {
        super(ErrorCode.TOO_LARGE, message, sequence);
    }
}

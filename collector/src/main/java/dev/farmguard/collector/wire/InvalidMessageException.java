package dev.farmguard.collector.wire;

/** A wire message that is well-formed protobuf but breaks the protocol's rules. */
public class InvalidMessageException extends RuntimeException {

    private final ErrorCode code;
    private final long sequence;

    public InvalidMessageException(ErrorCode code, String message, long sequence) {
        super(message);
        this.code = code;
        this.sequence = sequence;
    }

    public ErrorCode code() {
        return code;
    }

    /** The snapshot sequence concerned, 0 when none. */
    public long sequence() {
        return sequence;
    }
}

package dev.farmguard.collector.intake;

/** A snapshot was not accepted for storage: the queue is full, the store failed, or the collector is closing. */
public class IntakeRejectedException extends RuntimeException {

    public enum Reason { QUEUE_FULL, STORE_FAILED, CLOSING }

    private final Reason reason;

    public IntakeRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

package dev.farmguard.collector.enroll;

/**
 * An enrollment or renewal the collector refuses. The message is what the agent is told (it reveals
 * nothing about which check failed for a token); {@link #detail()} is for the collector's log.
 */
public class EnrollmentRefusedException extends RuntimeException {

    private final String detail;

    public EnrollmentRefusedException(String message, String detail) {
        super(message);
        this.detail = detail;
    }

    public String detail() {
        return detail;
    }
}

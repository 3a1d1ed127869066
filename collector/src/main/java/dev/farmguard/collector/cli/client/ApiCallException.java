package dev.farmguard.collector.cli.client;

/** The API refused a call (or could not be reached: status 0), with its message. */
public final class ApiCallException extends RuntimeException {

    private final int status;

    public ApiCallException(int status, String message) {
        super(message);
        this.status = status;
    }

    public ApiCallException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    public int status() {
        return status;
    }
}

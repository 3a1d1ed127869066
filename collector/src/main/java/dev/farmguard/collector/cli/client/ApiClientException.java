package dev.farmguard.collector.cli.client;

/** The collector answered with an error: its status, its message and the parameter at fault (or null). */
public final class ApiClientException extends Exception {

    private final int status;
    private final String parameter;

    public ApiClientException(int status, String message, String parameter) {
        super(message);
        this.status = status;
        this.parameter = parameter;
    }

    public int status() {
        return status;
    }

    public String parameter() {
        return parameter;
    }
}

package dev.farmguard.collector.api;

/** An error the client should see: its status and a message that reveals no internals. */
public class ApiException extends RuntimeException {

    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static ApiException badParameter(String name, String problem) {
        return new ApiException(400, "parameter '" + name + "': " + problem);
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, what + " not found");
    }
}

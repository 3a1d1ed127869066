package dev.farmguard.collector.api;

/** An error the client should see: its status and a message that reveals no internals. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String parameter;

    public ApiException(int status, String message) {
        this(status, message, null);
    }

    private ApiException(int status, String message, String parameter) {
        super(message);
        this.status = status;
        this.parameter = parameter;
    }

    public int status() {
        return status;
    }

    /** The request parameter at fault, or null. */
    public String parameter() {
        return parameter;
    }

    /** The client's answer: this error as JSON. */
    public ApiResponse response() {
        return Json.error(status, getMessage(), parameter);
    }

    public static ApiException badParameter(String name, String problem) {
        return new ApiException(400, "parameter '" + name + "': " + problem, name);
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, what + " not found");
    }
}

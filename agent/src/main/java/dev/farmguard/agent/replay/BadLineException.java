package dev.farmguard.agent.replay;

/** A replay line that cannot be sent; the message names the problem, the CLI adds the line number. */
public final class BadLineException extends Exception {

    public BadLineException(String message) {
        super(message);
    }

    public BadLineException(String message, Throwable cause) {
        super(message, cause);
    }
}

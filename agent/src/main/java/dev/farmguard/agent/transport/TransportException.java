package dev.farmguard.agent.transport;

import java.io.IOException;

/** The collector could not be reached or the connection broke; the message says why in plain words. */
public final class TransportException extends IOException {

    public TransportException(String message) {
        super(message);
    }

    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}

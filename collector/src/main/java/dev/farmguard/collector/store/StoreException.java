package dev.farmguard.collector.store;

/** The database failed; the message says which operation. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

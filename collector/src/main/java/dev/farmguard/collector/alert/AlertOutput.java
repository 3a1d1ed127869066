package dev.farmguard.collector.alert;

/** A destination for alert events. One dispatcher thread calls {@link #send} at a time. */
interface AlertOutput extends AutoCloseable {

    String name();

    /** Hands one event (its JSON document) to the destination; never throws for delivery problems. */
    Delivery send(String eventId, String body);

    /** Releases connections and files. Idempotent. */
    @Override
    void close();
}

package dev.farmguard.collector.alert;

/** Carries finished syslog messages to the receiver. One caller at a time. */
interface SyslogTransport extends AutoCloseable {

    /** Sends one message (the transport adds its framing); throws when it did not leave this host. */
    void send(byte[] message) throws java.io.IOException;

    @Override
    void close();
}

package dev.farmguard.collector.api;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A response body written as it is produced (chunked), for answers too large to hold in memory (exports). It runs
 * on the API worker after the status and headers are sent, so it can no longer turn into an error response: a
 * failure cuts the connection, and the client sees an incomplete body.
 */
@FunctionalInterface
public interface StreamingBody {

    void writeTo(OutputStream out) throws IOException;
}

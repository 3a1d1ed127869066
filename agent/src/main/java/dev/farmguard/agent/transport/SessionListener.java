package dev.farmguard.agent.transport;

import dev.farmguard.proto.v1.Ack;
import dev.farmguard.proto.v1.Catalog;
import dev.farmguard.proto.v1.EnrollResponse;
import dev.farmguard.proto.v1.Error;
import dev.farmguard.proto.v1.Welcome;

/** What the session handler reports, called on the channel's event loop; implementations must not block. */
public interface SessionListener {

    void onWelcome(Welcome welcome);

    void onAck(Ack ack);

    void onCatalog(Catalog catalog);

    void onError(Error error);

    /** A certificate, answering a renewal request. */
    void onEnrollResponse(EnrollResponse response);

    /** A transport problem (TLS, framing, decoding, silence); the channel closes next. */
    void onFailure(Throwable cause);

    /** The channel closed, for whatever reason. */
    void onClosed();
}

package dev.farmguard.collector.ingest;

import io.netty.handler.codec.DecoderException;

/** The connection ended with part of a frame unread. */
final class TruncatedFrameException extends DecoderException {

    TruncatedFrameException(int leftoverBytes) {
        super("connection ended inside a frame (" + leftoverBytes + " bytes left over)");
    }
}

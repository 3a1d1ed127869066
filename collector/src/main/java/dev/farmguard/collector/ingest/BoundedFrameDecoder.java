package dev.farmguard.collector.ingest;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import java.util.List;

/**
 * 4-byte big-endian length + payload, the payload limited to {@code maxFrameBytes}: the length is checked
 * before anything is allocated (fail fast), and a connection that ends mid-frame is reported as truncated.
 */
final class BoundedFrameDecoder extends LengthFieldBasedFrameDecoder {

    static final int LENGTH_BYTES = 4;

    BoundedFrameDecoder(int maxFrameBytes) {
        // the limit passed to Netty counts the length prefix too
        super(maxFrameBytes + LENGTH_BYTES, 0, LENGTH_BYTES, 0, LENGTH_BYTES);
    }

    /** Records each frame's size on the connection, for the per-device byte quota further down the pipeline. */
    @Override
    protected ByteBuf extractFrame(ChannelHandlerContext ctx, ByteBuf buffer, int index, int length) {
        ctx.channel().attr(ChannelState.FRAME_BYTES).set(length + LENGTH_BYTES);
        return super.extractFrame(ctx, buffer, index, length);
    }

    @Override
    protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws Exception {
        super.decodeLast(ctx, in, out);
        if (in.isReadable()) {
            int left = in.readableBytes();
            in.skipBytes(left);
            throw new TruncatedFrameException(left);
        }
    }
}

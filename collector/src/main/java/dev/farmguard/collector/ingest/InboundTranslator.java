package dev.farmguard.collector.ingest;

import com.google.protobuf.MessageLite;
import dev.farmguard.collector.wire.WireReader;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.util.List;

/** Decoded protobuf envelope to a validated {@code Inbound} record (the wire package does the work). */
@ChannelHandler.Sharable
final class InboundTranslator extends MessageToMessageDecoder<MessageLite> {

    private final WireReader reader;

    InboundTranslator(WireReader reader) {
        super(MessageLite.class);
        this.reader = reader;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, MessageLite msg, List<Object> out) {
        out.add(reader.read(msg));
    }
}

package dev.farmguard.collector.ingest;

import dev.farmguard.collector.wire.Outbound;
import dev.farmguard.collector.wire.WireProtocol;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;
import java.util.List;

/** {@code Outbound} record to the protobuf envelope the encoder writes. */
@ChannelHandler.Sharable
final class OutboundTranslator extends MessageToMessageEncoder<Outbound> {

    OutboundTranslator() {
        super(Outbound.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Outbound msg, List<Object> out) {
        out.add(WireProtocol.write(msg));
    }
}

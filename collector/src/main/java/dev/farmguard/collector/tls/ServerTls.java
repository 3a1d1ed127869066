package dev.farmguard.collector.tls;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProtocols;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLException;

/** Netty TLS contexts for the agent port and the API: TLS 1.3 and 1.2 only. */
public final class ServerTls {

    private ServerTls() {}

    public static SslContext serverContext(IssuedCredential credential) {
        try {
            return SslContextBuilder.forServer(credential.key(), credential.chain().toArray(new X509Certificate[0]))
                    .protocols(SslProtocols.TLS_v1_3, SslProtocols.TLS_v1_2)
                    .build();
        } catch (SSLException e) {
            throw new IllegalStateException("could not build the TLS server context", e);
        }
    }
}

package dev.farmguard.collector.tls;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProtocols;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;

/** Netty TLS contexts for the agent port and the API: TLS 1.3 and 1.2 only. */
public final class ServerTls {

    /**
     * The agent port's session timeout, in seconds: above the JDK's 7-day ticket lifetime limit, so it issues
     * no session tickets (TLS 1.3 and 1.2) there. With each session invalidated after its handshake (see the
     * ingest package's HandshakeWatcher), every agent connection makes a full handshake, which runs the
     * certificate checks; the certificate is checked again after every handshake anyway.
     */
    static final long AGENT_SESSION_TIMEOUT_SECONDS = Duration.ofDays(8).toSeconds();

    private ServerTls() {}

    /**
     * The agent port: asks every client for a device certificate (optional, so that agents without one
     * can enroll) and has {@code clientCertificates} judge it.
     */
    public static SslContext agentContext(IssuedCredential credential, TrustManager clientCertificates) {
        try {
            return SslContextBuilder.forServer(credential.key(), credential.chain().toArray(new X509Certificate[0]))
                    .protocols(SslProtocols.TLS_v1_3, SslProtocols.TLS_v1_2)
                    .clientAuth(ClientAuth.OPTIONAL)
                    .sessionTimeout(AGENT_SESSION_TIMEOUT_SECONDS)
                    .trustManager(clientCertificates)
                    .build();
        } catch (SSLException e) {
            throw new IllegalStateException("could not build the agent port's TLS context", e);
        }
    }

    /** The API: server authentication only (clients use bearer tokens). */
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

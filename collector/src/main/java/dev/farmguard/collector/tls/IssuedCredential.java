package dev.farmguard.collector.tls;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** A private key and its certificate chain (leaf first, then the CA). */
public record IssuedCredential(PrivateKey key, List<X509Certificate> chain) {

    public IssuedCredential {
        chain = List.copyOf(chain);
    }

    public X509Certificate leaf() {
        return chain.get(0);
    }
}

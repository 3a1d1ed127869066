package dev.farmguard.agent.replay;

import dev.farmguard.agent.enroll.CertificateRequests;
import dev.farmguard.agent.enroll.Enroller;
import dev.farmguard.agent.enroll.MachineFacts;
import dev.farmguard.agent.transport.ClientCredential;
import java.security.KeyPair;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Device certificates for a replayed fleet: each recorded device id is enrolled once per run with a
 * {@code replay} token, which lets the client name the id. One key pair serves every device of the run
 * (the collector certifies the id, the key only proves possession). Without a token there are none, and
 * the collector refuses the sessions.
 */
final class ReplayCredentials {

    private final Enroller enroller;
    private final String token;
    private final ConcurrentHashMap<String, CompletableFuture<ClientCredential>> byDevice = new ConcurrentHashMap<>();
    private KeyPair keys;
    private byte[] csr;

    /** @param token a replay enrollment token, null for none */
    ReplayCredentials(Enroller enroller, String token) {
        this.enroller = enroller;
        this.token = token == null || token.isBlank() ? null : token.strip();
    }

    /**
     * The certificate for {@code deviceId} (enrolling it on first use, over a connection announcing
     * {@code observedIp}), or null without a token.
     */
    CompletableFuture<ClientCredential> forDevice(String deviceId, String observedIp) {
        if (token == null) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<ClientCredential> credential = byDevice.computeIfAbsent(deviceId,
                id -> enroller.enroll(token, MachineFacts.UNKNOWN, id, observedIp, keys(), csr));
        if (credential.isCompletedExceptionally()) {
            byDevice.remove(deviceId, credential); // a failed enrollment is tried again by the next record
        }
        return credential;
    }

    private synchronized KeyPair keys() {
        if (keys == null) {
            keys = CertificateRequests.newKeyPair();
            csr = CertificateRequests.csr(keys);
        }
        return keys;
    }
}

package dev.farmguard.agent.enroll;

import dev.farmguard.agent.transport.ClientCredential;
import dev.farmguard.agent.transport.CollectorConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's identity for {@code run}: the stored device certificate, enrolling with the token when there
 * is none (or it expired, or the CA pinned with {@code --ca} did not issue it: the collector was
 * reinstalled, or the state directory came from another installation), and renewing it over a session once
 * two thirds of its lifetime have passed. Key generation and file writes run on {@code worker}; the token is
 * never logged.
 */
public final class AgentCredentials {

    private static final Logger log = LoggerFactory.getLogger(AgentCredentials.class);

    private final CredentialStore store;
    private final Enroller enroller;
    private final String token;
    private final Supplier<MachineFacts> facts;
    private final Clock clock;
    private final Executor worker;
    private final Consumer<String> onDeviceId;
    private volatile ClientCredential current;
    /** A stored certificate the pinned CA did not issue; never used. */
    private final ClientCredential foreign;
    private CompletableFuture<ClientCredential> renewing;

    /**
     * @param token      the enrollment token, null when none was given
     * @param onDeviceId told the device id of every credential taken into use (the stored one first)
     */
    public AgentCredentials(CredentialStore store, Enroller enroller, String token, Supplier<MachineFacts> facts,
                            Clock clock, Executor worker, Consumer<String> onDeviceId) {
        this.store = store;
        this.enroller = enroller;
        this.token = token == null || token.isBlank() ? null : token.strip();
        this.facts = facts;
        this.clock = clock;
        this.worker = worker;
        this.onDeviceId = onDeviceId;
        ClientCredential stored = store.load().orElse(null);
        boolean pinned = stored == null || enroller.issuedByPinnedCa(stored.certificate());
        this.foreign = pinned ? null : stored;
        this.current = pinned ? stored : null;
        if (current != null) {
            onDeviceId.accept(current.deviceId());
        } else if (foreign != null && this.token != null) {
            log.warn("the device certificate of {} was not issued by the CA given with --ca (the collector was "
                    + "reinstalled, or this state directory comes from another installation); enrolling again with the "
                    + "token", foreign.deviceId());
        }
    }

    /** Why the agent cannot connect at all, or empty when it can (see {@link #canConnect()}). */
    public Optional<String> whyItCannotConnect() {
        if (canConnect()) {
            return Optional.empty();
        }
        if (foreign != null) {
            return Optional.of("the device certificate in the state directory was not issued by the CA given with "
                    + "--ca (the collector was reinstalled, or the state directory comes from another installation): "
                    + "pass --enroll-token TOKEN to enroll with this collector, or --ca with the CA of the collector "
                    + "that issued it");
        }
        return Optional.of("this agent is not enrolled yet: pass --enroll-token TOKEN (IT creates one with "
                + "'farmguard-collector enrollment-token create' or POST /api/v1/enrollment-tokens)");
    }

    /** The credential in use, if any. */
    public Optional<ClientCredential> current() {
        return Optional.ofNullable(current);
    }

    /** Whether the agent can connect at all: it has a certificate or a token to get one. */
    public boolean canConnect() {
        return current != null || token != null;
    }

    /** A usable credential: the current one, or a new one from enrolling with the token. */
    public CompletableFuture<ClientCredential> ensure() {
        ClientCredential c = current;
        if (c != null && !c.expiredAt(clock.instant())) {
            return CompletableFuture.completedFuture(c);
        }
        if (token == null) {
            return CompletableFuture.failedFuture(new IllegalStateException(c == null
                    ? "this agent is not enrolled: start it with --enroll-token TOKEN"
                    : "the device certificate expired on " + c.notAfter() + ": start the agent with --enroll-token "
                            + "TOKEN to enroll again"));
        }
        if (c != null) {
            log.warn("the device certificate of {} expired on {}; enrolling again with the token", c.deviceId(),
                    c.notAfter());
        }
        return CompletableFuture.supplyAsync(CertificateRequests::newKeyPair, worker)
                .thenCompose(keys -> enroller.enroll(token, facts.get(), keys, CertificateRequests.csr(keys)))
                .thenApplyAsync(credential -> adopt(credential, "enrolled as device"), worker);
    }

    /** Whether the current certificate has reached two thirds of its lifetime. */
    public boolean renewalDue() {
        ClientCredential c = current;
        return c != null && c.renewalDueAt(clock.instant());
    }

    /** Renews over {@code connection} when due and not already under way; the new certificate serves the next connection. */
    public void renewIfDue(CollectorConnection connection) {
        if (!renewalDue() || (renewing != null && !renewing.isDone())) {
            return;
        }
        KeyPair keys = CertificateRequests.newKeyPair();
        renewing = enroller.renew(connection, keys)
                .thenApplyAsync(credential -> adopt(credential, "renewed the certificate of device"), worker);
        renewing.whenComplete((credential, error) -> {
            if (error != null) {
                log.warn("certificate renewal failed (will retry on the next connection): {}", error.getMessage());
            }
        });
    }

    private ClientCredential adopt(ClientCredential credential, String what) {
        try {
            store.save(credential);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the device certificate: " + e.getMessage(), e);
        }
        current = credential;
        onDeviceId.accept(credential.deviceId());
        log.info("{} {}; certificate valid until {}", what, credential.deviceId(), credential.notAfter());
        return credential;
    }
}

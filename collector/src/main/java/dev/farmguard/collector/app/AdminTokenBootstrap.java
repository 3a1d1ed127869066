package dev.farmguard.collector.app;

import dev.farmguard.collector.audit.AuditEntry;
import dev.farmguard.collector.audit.AuditScope;
import dev.farmguard.collector.auth.Role;
import dev.farmguard.collector.auth.TokenSecrets;
import dev.farmguard.collector.auth.TokenService;
import dev.farmguard.collector.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the very first start (no token in the store) creates an admin token and writes its secret to
 * {@code admin.token} (owner-only). The secret is never logged; later starts leave tokens alone.
 */
final class AdminTokenBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AdminTokenBootstrap.class);

    private AdminTokenBootstrap() {}

    static void ensure(Store store, TokenService tokens, Path tokenFile) throws IOException {
        if (!store.tokens().isEmpty()) {
            return;
        }
        if (java.nio.file.Files.deleteIfExists(tokenFile)) {
            LOG.warn("{} belonged to a store that no longer exists; replacing it with a new admin token", tokenFile);
        }
        TokenService.CreatedToken created;
        try (AuditScope audit = AuditScope.open(AuditEntry.neutralised(TokenSecrets.newId("aud_"),
                java.time.Instant.now(), "system", "collector first start", "system", "token.create", "START",
                "first start", tokenFile.toString(), "{\"role\":\"admin\"}", "local"))) {
            created = tokens.create(Role.ADMIN, "first admin (created at first start)", null);
        }
        OwnerOnlyFiles.write(tokenFile, created.secret() + "\n");
        LOG.info("created the first admin API token {}; its secret is in {}", created.token().id(), tokenFile);
    }
}

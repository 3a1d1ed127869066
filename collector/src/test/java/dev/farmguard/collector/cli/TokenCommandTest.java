package dev.farmguard.collector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.auth.ApiToken;
import dev.farmguard.collector.auth.Role;
import dev.farmguard.collector.auth.TokenService;
import dev.farmguard.collector.store.Store;
import dev.farmguard.collector.store.StoreFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code token create|list|revoke --data DIR}: the way back in when every admin API token was revoked. */
class TokenCommandTest {

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CollectorMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Store store() throws Exception {
        return StoreFactory.sqlite(dir.resolve(StoreFactory.SQLITE_FILE));
    }

    @Test
    void anAdminLockedOutOfTheApiGetsANewAdminTokenFromTheStore() throws Exception {
        String revokedId;
        try (Store store = store()) {
            TokenService tokens = new TokenService(store, Clock.systemUTC());
            revokedId = tokens.create(Role.ADMIN, "the only admin", null).token().id();
            store.revokeToken(revokedId);
        }
        assertThat(run("token", "create", "--data", dir.toString(), "--role", "admin", "--name", "recovery")).isZero();
        String secret = out.toString().trim();
        assertThat(secret).startsWith("fg_").doesNotContain("\n");
        assertThat(err.toString()).contains("created").contains("admin").doesNotContain(secret);
        try (Store store = store()) {
            ApiToken t = new TokenService(store, Clock.systemUTC()).authenticate(secret).orElseThrow();
            assertThat(t.role()).isEqualTo(Role.ADMIN);
            assertThat(t.name()).isEqualTo("recovery");
        }

        assertThat(run("token", "list", "--data", dir.toString())).isZero();
        assertThat(out.toString()).contains(revokedId).contains("REVOKED").contains("recovery").doesNotContain(secret);
    }

    @Test
    void revokeEndsATokenAndUnknownIdsFail() throws Exception {
        assertThat(run("token", "create", "--data", dir.toString(), "--role", "analyst", "--name", "soc",
                "--expires-in", "7d")).isZero();
        String secret = out.toString().trim();
        String id;
        try (Store store = store()) {
            id = new TokenService(store, Clock.systemUTC()).authenticate(secret).orElseThrow().id();
        }
        assertThat(run("token", "revoke", "--data", dir.toString(), id)).isZero();
        assertThat(out.toString()).contains("revoked").contains(id);
        try (Store store = store()) {
            assertThat(new TokenService(store, Clock.systemUTC()).authenticate(secret)).isEmpty();
        }
        assertThat(run("token", "revoke", "--data", dir.toString(), "tok_nope")).isEqualTo(1);
        assertThat(err.toString()).contains("tok_nope");
    }

    @Test
    void badArgumentsNameTheProblem() {
        assertThat(run("token", "create", "--data", dir.toString(), "--role", "root", "--name", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("role");
        assertThat(run("token", "create", "--data", dir.toString(), "--role", "admin", "--name", "x",
                "--expires-at", "2020-01-01T00:00:00Z")).isEqualTo(2);
        assertThat(err.toString()).contains("--expires-at");
    }
}

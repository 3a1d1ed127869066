package dev.farmguard.collector.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The same contract on a real PostgreSQL (embedded binaries, started once for the class). */
class PostgresStoreIT extends StoreContract {

    private static EmbeddedPostgres postgres;
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private String database;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Override
    protected Store openFresh() throws Exception {
        database = "farmguard_" + DATABASES.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        return reopen();
    }

    @org.junit.jupiter.api.Test
    void theFleetLockIsSharedByCollectorsOfOneDatabase() throws Exception {
        try (Store second = reopen()) {
            FleetLock.Held held = store.fleetLock().tryAcquire().orElseThrow();
            org.assertj.core.api.Assertions.assertThat(second.fleetLock().tryAcquire()).isEmpty();
            held.close();
            try (FleetLock.Held taken = second.fleetLock().tryAcquire().orElseThrow()) {
                org.assertj.core.api.Assertions.assertThat(store.fleetLock().tryAcquire()).isEmpty();
            }
        }
    }

    @Override
    protected Store reopen() {
        return StoreFactory.postgres(postgres.getJdbcUrl("postgres", database), "postgres", null);
    }
}

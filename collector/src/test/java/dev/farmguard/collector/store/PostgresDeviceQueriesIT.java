package dev.farmguard.collector.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The same filter SQL on a real PostgreSQL (embedded binaries, started once for the class). */
class PostgresDeviceQueriesIT extends DeviceQueriesContract {

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
        database = "queries_" + DATABASES.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        return reopen();
    }

    @Override
    protected Store reopen() {
        return StoreFactory.postgres(postgres.getJdbcUrl("postgres", database), "postgres", null);
    }

    @Override
    protected void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl("postgres", database), "postgres", null);
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}

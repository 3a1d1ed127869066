package dev.farmguard.collector.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;

class SqliteDeviceQueriesTest extends DeviceQueriesContract {

    @TempDir
    Path dir;

    @Override
    protected Store openFresh() {
        return StoreFactory.sqlite(dir.resolve("test.db"));
    }

    @Override
    protected Store reopen() {
        return openFresh();
    }

    @Override
    protected void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(SqlDialect.sqliteUrl(dir.resolve("test.db")));
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}

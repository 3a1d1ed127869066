package dev.farmguard.collector.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContract {

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
}

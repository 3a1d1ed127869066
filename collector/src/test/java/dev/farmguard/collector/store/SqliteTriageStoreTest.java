package dev.farmguard.collector.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteTriageStoreTest extends TriageStoreContract {

    @TempDir
    Path dir;

    @Override
    protected Store openFresh() {
        return StoreFactory.sqlite(dir.resolve("triage.db"));
    }
}

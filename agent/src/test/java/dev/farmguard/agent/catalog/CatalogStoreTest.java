package dev.farmguard.agent.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.state.StateDirectory;
import dev.farmguard.proto.v1.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogStoreTest {

    @TempDir
    Path dir;

    @Test
    void aNewerCatalogReplacesTheBundledOneAndSurvivesARestart() throws IOException {
        StateDirectory state = StateDirectory.open(dir);
        CatalogStore store = CatalogStore.open(state);
        String bundled = store.current().version();
        Catalog newer = Catalog.newBuilder(CatalogStore.bundled()).setVersion(bundled + ".1").build();

        assertThat(store.update(newer)).isTrue();
        assertThat(store.current().version()).isEqualTo(bundled + ".1");
        assertThat(CatalogStore.open(state).current().version()).isEqualTo(bundled + ".1");
    }

    @Test
    void anOlderOrEqualCatalogIsIgnored() throws IOException {
        CatalogStore store = CatalogStore.open(StateDirectory.open(dir));
        String bundled = store.current().version();

        assertThat(store.update(Catalog.newBuilder().setVersion("2000.01.01").build())).isFalse();
        assertThat(store.update(CatalogStore.bundled())).isFalse();
        assertThat(store.current().version()).isEqualTo(bundled);
        assertThat(dir.resolve(CatalogStore.SAVED_FILE)).doesNotExist();
    }

    @Test
    void aCorruptSavedCatalogFallsBackToTheBundledOne() throws IOException {
        Files.writeString(dir.resolve(CatalogStore.SAVED_FILE), "{not json");

        CatalogStore store = CatalogStore.open(StateDirectory.open(dir));

        assertThat(store.current().version()).isEqualTo(CatalogStore.bundled().getVersion());
    }
}

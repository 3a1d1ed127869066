package dev.farmguard.agent.testing;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.farmguard.agent.catalog.CatalogMatcher;
import dev.farmguard.agent.catalog.CatalogStore;
import dev.farmguard.proto.v1.Catalog;

/** The small catalog of {@code /catalog/test-catalog.json}, independent of the collector's real one. */
public final class TestCatalog {

    private TestCatalog() {
    }

    public static Catalog catalog() {
        try {
            return CatalogStore.parse(FakeTree.text("/catalog/test-catalog.json"));
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    public static CatalogMatcher matcher() {
        return CatalogMatcher.of(catalog());
    }
}

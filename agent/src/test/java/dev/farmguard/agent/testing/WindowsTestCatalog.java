package dev.farmguard.agent.testing;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.farmguard.agent.catalog.CatalogMatcher;
import dev.farmguard.agent.catalog.CatalogStore;

/** A catalog with Windows names, paths and adapters ({@code /catalog/windows-test-catalog.json}). */
public final class WindowsTestCatalog {

    private WindowsTestCatalog() {
    }

    public static CatalogMatcher matcher() {
        try {
            return CatalogMatcher.of(CatalogStore.parse(FakeTree.text("/catalog/windows-test-catalog.json")));
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }
}

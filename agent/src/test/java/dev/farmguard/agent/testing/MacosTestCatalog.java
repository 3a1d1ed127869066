package dev.farmguard.agent.testing;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.farmguard.agent.catalog.CatalogMatcher;
import dev.farmguard.agent.catalog.CatalogStore;

/** {@code /catalog/macos-test-catalog.json}: the small test catalog plus macOS jigglers and a PiKVM identity. */
public final class MacosTestCatalog {

    private static final CatalogMatcher MATCHER;

    static {
        try {
            MATCHER = CatalogMatcher.of(CatalogStore.parse(FakeTree.text("/catalog/macos-test-catalog.json")));
        } catch (InvalidProtocolBufferException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private MacosTestCatalog() {
    }

    public static CatalogMatcher matcher() {
        return MATCHER;
    }
}

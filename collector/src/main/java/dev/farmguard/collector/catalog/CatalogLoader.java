package dev.farmguard.collector.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and validates a catalog: the one bundled with the collector, or an override file an operator names
 * in the configuration (for example the output of {@link dev.farmguard.collector.catalog.lolrmm.CatalogImport}).
 * Every failure is a {@link CatalogException} naming the file and the bad entries.
 */
public final class CatalogLoader {

    /** Classpath location of the curated catalog. */
    public static final String BUNDLED_RESOURCE = "/catalog/farmguard-catalog.json";

    private static final Logger LOG = LoggerFactory.getLogger(CatalogLoader.class);

    private CatalogLoader() {
    }

    /** The curated catalog shipped in the collector jar. */
    public static Catalog loadBundled() {
        String origin = "classpath:" + BUNDLED_RESOURCE;
        try (InputStream in = CatalogLoader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new CatalogException(origin, java.util.List.of("resource missing from the classpath"));
            }
            return parseAndValidate(new String(in.readAllBytes(), StandardCharsets.UTF_8), origin);
        } catch (IOException e) {
            throw new CatalogException(origin, "cannot read: " + e.getMessage(), e);
        }
    }

    /** A catalog file on disk. */
    public static Catalog load(Path file) {
        String origin = file.toAbsolutePath().toString();
        if (!Files.isRegularFile(file)) {
            throw new CatalogException(origin, java.util.List.of("no such file"));
        }
        try {
            return parseAndValidate(Files.readString(file, StandardCharsets.UTF_8), origin);
        } catch (IOException e) {
            throw new CatalogException(origin, "cannot read: " + e.getMessage(), e);
        }
    }

    /** The override file when one is configured, else the bundled catalog. */
    public static Catalog loadOverrideOrBundled(Optional<Path> override) {
        return override.map(CatalogLoader::load).orElseGet(CatalogLoader::loadBundled);
    }

    /** Parses and validates catalog JSON from any origin (e.g. an upload). */
    public static Catalog parseAndValidate(String json, String origin) {
        Catalog catalog = CatalogValidator.validate(CatalogJsonReader.parse(json, origin), origin);
        LOG.info("loaded catalog {} version {}: {} remote tools, {} KVMs, {} VPNs, {} jigglers", origin,
                catalog.version(), catalog.remoteTools().size(), catalog.kvms().size(), catalog.vpns().size(),
                catalog.jigglers().size());
        return catalog;
    }
}

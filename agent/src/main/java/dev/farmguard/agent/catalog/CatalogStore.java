package dev.farmguard.agent.catalog;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import dev.farmguard.agent.state.StateDirectory;
import dev.farmguard.proto.v1.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalog the agent matches against: the copy shipped in the jar ({@code catalog/farmguard-catalog.json},
 * copied from the collector's file at build time) or a newer one the collector sent, kept in the state
 * directory ({@code catalog.json}). Versions compare as strings; newer sorts later.
 */
public final class CatalogStore {

    private static final Logger log = LoggerFactory.getLogger(CatalogStore.class);

    /** Classpath location of the bundled catalog. */
    public static final String BUNDLED_RESOURCE = "/catalog/farmguard-catalog.json";
    static final String SAVED_FILE = "catalog.json";

    private final StateDirectory state;
    private final AtomicReference<CatalogMatcher> current;

    private CatalogStore(StateDirectory state, Catalog initial) {
        this.state = state;
        this.current = new AtomicReference<>(CatalogMatcher.of(initial));
    }

    /** Loads the bundled catalog and, when newer, the saved one (a corrupt saved copy is ignored with a warning). */
    public static CatalogStore open(StateDirectory state) {
        Catalog bundled = bundled();
        Catalog chosen = saved(state).filter(saved -> isNewer(saved, bundled)).orElse(bundled);
        log.info("signature catalog version {} ({})", chosen.getVersion(), chosen == bundled ? "bundled" : "saved");
        return new CatalogStore(state, chosen);
    }

    /** The catalog shipped in the agent jar. */
    public static Catalog bundled() {
        try (InputStream in = CatalogStore.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the agent jar lacks " + BUNDLED_RESOURCE + " (build with Maven)");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled catalog " + BUNDLED_RESOURCE, e);
        }
    }

    /** Parses protobuf canonical JSON of {@code farmguard.v1.Catalog}. */
    public static Catalog parse(String json) throws InvalidProtocolBufferException {
        Catalog.Builder builder = Catalog.newBuilder();
        JsonFormat.parser().merge(json, builder);
        return builder.build();
    }

    /** The matcher for the catalog in use now. */
    public CatalogMatcher current() {
        return current.get();
    }

    /**
     * Adopts a catalog from the collector when it is newer than the one in use: replaces it in memory and
     * saves it. Returns whether it was adopted.
     */
    public boolean update(Catalog catalog) {
        CatalogMatcher before = current.get();
        if (!isNewer(catalog, before.catalog())) {
            log.debug("ignoring catalog {}: not newer than {}", catalog.getVersion(), before.version());
            return false;
        }
        current.set(CatalogMatcher.of(catalog));
        try {
            state.write(SAVED_FILE, JsonFormat.printer().print(catalog).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            log.warn("catalog {} is in use but could not be saved in {}: {}", catalog.getVersion(), state.root(),
                    e.getMessage());
        }
        log.info("signature catalog updated from {} to {}", before.version(), catalog.getVersion());
        return true;
    }

    static boolean isNewer(Catalog candidate, Catalog reference) {
        return candidate.getVersion().compareTo(reference.getVersion()) > 0;
    }

    private static Optional<Catalog> saved(StateDirectory state) {
        try {
            Optional<byte[]> bytes = state.read(SAVED_FILE);
            if (bytes.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(parse(new String(bytes.get(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            log.warn("ignoring saved catalog {}: {}", state.root().resolve(SAVED_FILE), e.getMessage());
            return Optional.empty();
        }
    }
}

package dev.farmguard.collector.wire;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import dev.farmguard.proto.v1.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The signature catalog the collector owns (protobuf canonical JSON of {@code farmguard.v1.Catalog}), loaded
 * once; other packages see only its version, the wire package also the message it sends to agents.
 */
public final class SignatureCatalog {

    public static final String RESOURCE = "catalog/farmguard-catalog.json";

    private final Catalog catalog;

    private SignatureCatalog(Catalog catalog) {
        this.catalog = catalog;
    }

    public static SignatureCatalog fromClasspath() {
        try (InputStream in = SignatureCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("catalog resource " + RESOURCE + " is missing from the jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    /** Parses canonical JSON strictly: unknown fields are an error, so a typo in the catalog is caught. */
    public static SignatureCatalog parse(String json) {
        Catalog.Builder builder = Catalog.newBuilder();
        try {
            JsonFormat.parser().merge(json, builder);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("bad signature catalog: " + e.getMessage(), e);
        }
        if (builder.getVersion().isEmpty()) {
            throw new IllegalArgumentException("bad signature catalog: version is empty");
        }
        return new SignatureCatalog(builder.build());
    }

    public String version() {
        return catalog.getVersion();
    }

    /** True when an agent holding {@code agentVersion} should get this catalog (versions sort as strings). */
    public boolean isNewerThan(String agentVersion) {
        return agentVersion == null || agentVersion.isEmpty() || version().compareTo(agentVersion) > 0;
    }

    Catalog proto() {
        return catalog;
    }
}

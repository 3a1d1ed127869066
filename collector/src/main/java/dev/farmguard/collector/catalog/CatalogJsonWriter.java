package dev.farmguard.collector.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes a {@link Catalog} as protobuf canonical JSON of {@code farmguard.v1.Catalog}: lowerCamel field names,
 * default values (empty strings and lists, 0, false) left out, as protobuf's JSON printer does. The output
 * reads back with {@link CatalogJsonReader} and with protobuf's {@code JsonFormat.parser()}.
 */
public final class CatalogJsonWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CatalogJsonWriter() {
    }

    public static String toJson(Catalog catalog) {
        ObjectNode root = MAPPER.createObjectNode();
        putString(root, "version", catalog.version());
        putObjects(root, "remoteTools", catalog.remoteTools(), CatalogJsonWriter::remoteTool);
        putObjects(root, "kvms", catalog.kvms(), CatalogJsonWriter::kvm);
        putObjects(root, "vpns", catalog.vpns(), CatalogJsonWriter::vpn);
        putObjects(root, "jigglers", catalog.jigglers(), CatalogJsonWriter::jiggler);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        try {
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** Writes to a temporary file next to {@code out}, then moves it into place, so readers never see half a file. */
    public static void write(Catalog catalog, Path out) {
        Path absolute = out.toAbsolutePath();
        try {
            Path dir = absolute.getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, absolute.getFileName().toString(), ".tmp");
            Files.writeString(tmp, toJson(catalog), StandardCharsets.UTF_8);
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write catalog " + absolute, e);
        }
    }

    private static void remoteTool(ObjectNode o, RemoteToolSignature t) {
        putString(o, "id", t.id());
        putString(o, "name", t.name());
        putStrings(o, "processNames", t.processNames());
        putStrings(o, "serviceNames", t.serviceNames());
        putStrings(o, "installPaths", t.installPaths());
        if (!t.ports().isEmpty()) {
            ArrayNode ports = o.putArray("ports");
            t.ports().forEach(ports::add);
        }
        putStrings(o, "domains", t.domains());
        putBool(o, "dprkReported", t.dprkReported());
        putObjects(o, "sources", t.sources(), CatalogJsonWriter::source);
        putObjects(o, "sessionProcesses", t.sessionProcesses(), CatalogJsonWriter::sessionProcess);
        if (!t.relayPorts().isEmpty()) {
            ArrayNode ports = o.putArray("relayPorts");
            t.relayPorts().forEach(ports::add);
        }
    }

    private static void sessionProcess(ObjectNode o, SessionProcess p) {
        putString(o, "processName", p.processName());
        putString(o, "argument", p.argument());
    }

    private static void kvm(ObjectNode o, KvmSignature k) {
        putString(o, "id", k.id());
        putString(o, "name", k.name());
        putObjects(o, "usb", k.usb(), CatalogJsonWriter::usbMatch);
        putObjects(o, "edid", k.edid(), CatalogJsonWriter::edidMatch);
        putStrings(o, "scsiVendors", k.scsiVendors());
        putObjects(o, "sources", k.sources(), CatalogJsonWriter::source);
    }

    private static void vpn(ObjectNode o, VpnSignature v) {
        putString(o, "id", v.id());
        putString(o, "name", v.name());
        putStrings(o, "processNames", v.processNames());
        putStrings(o, "installPaths", v.installPaths());
        putStrings(o, "serviceNames", v.serviceNames());
        putStrings(o, "adapterNames", v.adapterNames());
        putBool(o, "dprkReported", v.dprkReported());
        putObjects(o, "sources", v.sources(), CatalogJsonWriter::source);
    }

    private static void jiggler(ObjectNode o, JigglerSignature j) {
        putString(o, "id", j.id());
        putString(o, "name", j.name());
        putStrings(o, "processNames", j.processNames());
        putStrings(o, "installPaths", j.installPaths());
        putObjects(o, "usb", j.usb(), CatalogJsonWriter::usbMatch);
        putObjects(o, "sources", j.sources(), CatalogJsonWriter::source);
    }

    private static void usbMatch(ObjectNode o, UsbMatch m) {
        putUint32(o, "vendorId", m.vendorId());
        putUint32(o, "productId", m.productId());
        putString(o, "manufacturer", m.manufacturer());
        putString(o, "product", m.product());
        putString(o, "serial", m.serial());
        putBool(o, "requiresStrings", m.requiresStrings());
    }

    private static void edidMatch(ObjectNode o, EdidMatch m) {
        putString(o, "pnpId", m.pnpId());
        putUint32(o, "productCode", m.productCode());
        putString(o, "monitorName", m.monitorName());
        putString(o, "serialText", m.serialText());
        putUint32(o, "serialNumber", m.serialNumber());
    }

    private static void source(ObjectNode o, Source s) {
        putString(o, "reference", s.reference());
        putString(o, "url", s.url());
    }

    private static void putString(ObjectNode o, String name, String value) {
        if (!value.isEmpty()) {
            o.put(name, value);
        }
    }

    private static void putBool(ObjectNode o, String name, boolean value) {
        if (value) {
            o.put(name, true);
        }
    }

    private static void putUint32(ObjectNode o, String name, long value) {
        if (value != 0) {
            o.put(name, value);
        }
    }

    private static void putStrings(ObjectNode o, String name, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = o.putArray(name);
            values.forEach(array::add);
        }
    }

    private interface Filler<T> {
        void fill(ObjectNode target, T value);
    }

    private static <T> void putObjects(ObjectNode o, String name, List<T> values, Filler<T> filler) {
        if (!values.isEmpty()) {
            ArrayNode array = o.putArray(name);
            for (T value : values) {
                filler.fill(array.addObject(), value);
            }
        }
    }
}

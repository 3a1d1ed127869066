package dev.farmguard.collector.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the protobuf canonical JSON of {@code farmguard.v1.Catalog} into {@link Catalog} records. Structure
 * errors (wrong types, unknown fields, bad JSON) are collected and thrown together as a
 * {@link CatalogException}; content rules are {@link CatalogValidator}'s job.
 */
public final class CatalogJsonReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CatalogJsonReader() {
    }

    /**
     * @param json   the file's text
     * @param origin where it came from, for messages (a path or "classpath:/catalog/...")
     */
    public static Catalog parse(String json, String origin) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new CatalogException(origin, "not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new CatalogException(origin, List.of("the file is empty"));
        }
        List<String> problems = new ArrayList<>();
        JsonObjectReader r = new JsonObjectReader(root, "catalog", problems);
        Catalog catalog = new Catalog(
                r.string("version"),
                r.objects("remoteTools", CatalogJsonReader::remoteTool),
                r.objects("kvms", CatalogJsonReader::kvm),
                r.objects("vpns", CatalogJsonReader::vpn),
                r.objects("jigglers", CatalogJsonReader::jiggler));
        r.rejectUnknownFields();
        if (!problems.isEmpty()) {
            throw new CatalogException(origin, problems);
        }
        return catalog;
    }

    private static RemoteToolSignature remoteTool(JsonObjectReader r) {
        RemoteToolSignature t = new RemoteToolSignature(r.string("id"), r.string("name"), r.strings("processNames"),
                r.strings("serviceNames"), r.strings("installPaths"), r.uint32s("ports"), r.strings("domains"),
                r.bool("dprkReported"), r.objects("sources", CatalogJsonReader::source),
                r.objects("sessionProcesses", CatalogJsonReader::sessionProcess), r.uint32s("relayPorts"));
        r.rejectUnknownFields();
        return t;
    }

    private static SessionProcess sessionProcess(JsonObjectReader r) {
        SessionProcess p = new SessionProcess(r.string("processName"), r.string("argument"));
        r.rejectUnknownFields();
        return p;
    }

    private static KvmSignature kvm(JsonObjectReader r) {
        KvmSignature k = new KvmSignature(r.string("id"), r.string("name"),
                r.objects("usb", CatalogJsonReader::usbMatch), r.objects("edid", CatalogJsonReader::edidMatch),
                r.strings("scsiVendors"), r.objects("sources", CatalogJsonReader::source));
        r.rejectUnknownFields();
        return k;
    }

    private static VpnSignature vpn(JsonObjectReader r) {
        VpnSignature v = new VpnSignature(r.string("id"), r.string("name"), r.strings("processNames"),
                r.strings("installPaths"), r.strings("serviceNames"), r.strings("adapterNames"),
                r.bool("dprkReported"), r.objects("sources", CatalogJsonReader::source));
        r.rejectUnknownFields();
        return v;
    }

    private static JigglerSignature jiggler(JsonObjectReader r) {
        JigglerSignature j = new JigglerSignature(r.string("id"), r.string("name"), r.strings("processNames"),
                r.strings("installPaths"), r.objects("usb", CatalogJsonReader::usbMatch),
                r.objects("sources", CatalogJsonReader::source));
        r.rejectUnknownFields();
        return j;
    }

    private static UsbMatch usbMatch(JsonObjectReader r) {
        UsbMatch m = new UsbMatch((int) r.uint32("vendorId"), (int) r.uint32("productId"), r.string("manufacturer"),
                r.string("product"), r.string("serial"), r.bool("requiresStrings"));
        r.rejectUnknownFields();
        return m;
    }

    private static EdidMatch edidMatch(JsonObjectReader r) {
        EdidMatch m = new EdidMatch(r.string("pnpId"), (int) r.uint32("productCode"), r.string("monitorName"),
                r.string("serialText"), r.uint32("serialNumber"));
        r.rejectUnknownFields();
        return m;
    }

    private static Source source(JsonObjectReader r) {
        Source s = new Source(r.string("reference"), r.string("url"));
        r.rejectUnknownFields();
        return s;
    }
}

package dev.farmguard.collector.catalog.lolrmm;

import dev.farmguard.collector.catalog.Catalog;
import dev.farmguard.collector.catalog.CatalogJsonWriter;
import dev.farmguard.collector.catalog.CatalogLoader;
import dev.farmguard.collector.catalog.CatalogValidator;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports LOLRMM's {@code rmm_tools.json} under a curated catalog and writes the merged catalog (protobuf JSON
 * of {@code farmguard.v1.Catalog}) for the collector to load as an override. Deterministic: the same inputs give
 * the same file, versioned {@code <curated version>+lolrmm.<newest LOLRMM LastModified>} unless a version is given.
 */
public final class CatalogImport {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogImport.class);

    private CatalogImport() {
    }

    /** Imports under the bundled curated catalog. */
    public static ImportReport run(Path lolrmmJson, Path out) {
        return run(lolrmmJson, CatalogLoader.loadBundled(), out, null);
    }

    /**
     * @param curated the catalog whose entries win
     * @param version the merged catalog's version, or null for the default
     * @throws LolrmmFormatException when the input is not LOLRMM's format
     * @throws dev.farmguard.collector.catalog.CatalogException when the merged catalog would be invalid
     */
    public static ImportReport run(Path lolrmmJson, Catalog curated, Path out, String version) {
        List<LolrmmTool> tools = LolrmmReader.read(lolrmmJson);
        Result r = importTools(tools, curated, version);
        CatalogJsonWriter.write(r.catalog(), out);
        ImportReport report = new ImportReport(out.toAbsolutePath(), r.catalog().version(), tools.size(),
                r.mapped().joinedDuplicates(), r.mapped().droppedNothingToMatch(), r.mapped().excluded(),
                r.merged().collidedWithCurated(),
                r.merged().coveredByCurated(), r.merged().added(), r.catalog().remoteTools().size());
        LOG.info("catalog import: {}", report.summary());
        return report;
    }

    record Result(Catalog catalog, LolrmmMapper.Result mapped, CatalogMerger.Result merged) {}

    /** The merge without file output, validated. */
    static Result importTools(List<LolrmmTool> tools, Catalog curated, String version) {
        LolrmmMapper.Result mapped = LolrmmMapper.map(tools);
        String v = version != null ? version : defaultVersion(curated, tools);
        CatalogMerger.Result merged = CatalogMerger.merge(curated, mapped.signatures(), v);
        Catalog catalog = CatalogValidator.validate(merged.catalog(), "merged with LOLRMM");
        return new Result(catalog, mapped, merged);
    }

    static String defaultVersion(Catalog curated, List<LolrmmTool> tools) {
        String newest = tools.stream().map(LolrmmTool::lastModified).filter(s -> s.matches("\\d{4}-\\d{2}-\\d{2}"))
                .max(String::compareTo).orElse("unknown").replace('-', '.');
        return curated.version() + "+lolrmm." + newest;
    }
}

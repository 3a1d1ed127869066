package dev.farmguard.collector.catalog.lolrmm;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did, for the CLI to print.
 *
 * @param toolsRead             LOLRMM entries in the input file
 * @param joinedDuplicates      entries listed twice under one name and joined
 * @param droppedNothingToMatch tools with no usable process, service, path or port
 * @param excludedByPolicy      tools left out whole (an assistive technology)
 * @param collidedWithCurated   tools whose id or name is a curated tool's (curated wins)
 * @param coveredByCurated      tools whose every pattern a curated entry already matches
 * @param added                 remote tools added to the catalog
 * @param remoteToolsTotal      remote tools in the written catalog, curated included
 */
public record ImportReport(Path output, String version, int toolsRead, int joinedDuplicates,
                           List<String> droppedNothingToMatch, List<String> excludedByPolicy,
                           List<String> collidedWithCurated,
                           List<String> coveredByCurated, int added, int remoteToolsTotal) {

    public ImportReport {
        droppedNothingToMatch = List.copyOf(droppedNothingToMatch);
        excludedByPolicy = List.copyOf(excludedByPolicy);
        collidedWithCurated = List.copyOf(collidedWithCurated);
        coveredByCurated = List.copyOf(coveredByCurated);
    }

    /** One line for a log or the CLI. */
    public String summary() {
        return String.format("read %d LOLRMM tools (%d listed twice), added %d, left out %d already curated, "
                        + "%d covered by curated patterns, %d with nothing to match, %d excluded (%s); "
                        + "catalog %s has %d remote tools: %s",
                toolsRead, joinedDuplicates, added, collidedWithCurated.size(), coveredByCurated.size(),
                droppedNothingToMatch.size(), excludedByPolicy.size(), String.join(", ", excludedByPolicy), version,
                remoteToolsTotal, output);
    }
}

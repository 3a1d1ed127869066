package dev.farmguard.collector.catalog.lolrmm;

import java.util.List;

/**
 * One LOLRMM tool as read from {@code rmm_tools.json}, before any filtering.
 *
 * @param executables  file names from PE metadata and bare names in the installation paths / disk artifacts
 * @param installPaths installation paths that hold a folder separator
 * @param serviceNames service names from event-log artifacts, "Other" service/daemon artifacts and unit files
 * @param ports        integer ports of the network artifacts (ranges given as text are left out)
 * @param domains      network artifact domains
 */
record LolrmmTool(int index, String name, String category, String website, String lastModified,
                  List<String> executables, List<String> installPaths, List<String> serviceNames,
                  List<Integer> ports, List<String> domains) {

    LolrmmTool {
        executables = List.copyOf(executables);
        installPaths = List.copyOf(installPaths);
        serviceNames = List.copyOf(serviceNames);
        ports = List.copyOf(ports);
        domains = List.copyOf(domains);
    }
}

package dev.farmguard.collector.catalog.lolrmm;

import dev.farmguard.collector.catalog.RemoteToolSignature;
import dev.farmguard.collector.catalog.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns LOLRMM tools into remote-tool signatures: usable program names become process names, folders become
 * install paths ({@link ImportFilters} says what is usable), tools listed twice under one name are joined, and
 * each signature cites "LOLRMM rmm_tools.json: &lt;tool name&gt;". A tool left with nothing to match is dropped.
 */
final class LolrmmMapper {

    static final String LOLRMM_URL = "https://github.com/magicsword-io/LOLRMM";

    record Result(List<RemoteToolSignature> signatures, List<String> droppedNothingToMatch, List<String> excluded,
                  int joinedDuplicates) {}

    private LolrmmMapper() {
    }

    static Result map(List<LolrmmTool> tools) {
        Map<String, Builder> byId = new LinkedHashMap<>();
        List<String> excluded = new ArrayList<>();
        int joined = 0;
        for (LolrmmTool tool : tools) {
            if (ImportFilters.excludedTool(tool.name())) {
                excluded.add(tool.name());
                continue;
            }
            String id = slug(tool.name());
            Builder b = byId.get(id);
            if (b == null) {
                byId.put(id, new Builder(id, tool));
            } else {
                b.add(tool);
                joined++;
            }
        }
        List<RemoteToolSignature> signatures = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (Builder b : byId.values()) {
            RemoteToolSignature s = b.build();
            if (s.processNames().isEmpty() && s.serviceNames().isEmpty() && s.installPaths().isEmpty()
                    && s.ports().isEmpty()) {
                dropped.add(s.name());
            } else {
                signatures.add(s);
            }
        }
        return new Result(signatures, dropped, excluded, joined);
    }

    /** A catalog id from a tool name: "GoToAssist (GoTo Resolve)" becomes "gotoassist-goto-resolve". */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "tool" : s;
    }

    private static final class Builder {
        private final String id;
        private final String name;
        private final Set<String> processes = new LinkedHashSet<>();
        private final Set<String> services = new LinkedHashSet<>();
        private final Set<String> paths = new LinkedHashSet<>();
        private final Set<Integer> ports = new LinkedHashSet<>();
        private final Set<String> domains = new LinkedHashSet<>();
        private final Set<String> sourceNames = new LinkedHashSet<>();

        Builder(String id, LolrmmTool first) {
            this.id = id;
            this.name = first.name();
            add(first);
        }

        void add(LolrmmTool t) {
            sourceNames.add(t.name());
            t.executables().stream().filter(ImportFilters::usableProgram).forEach(e -> addIgnoringCase(processes, e));
            t.installPaths().stream().filter(ImportFilters::usablePath).forEach(p -> addIgnoringCase(paths, p));
            t.serviceNames().stream().filter(ImportFilters::usableService).forEach(s -> addIgnoringCase(services, s));
            t.ports().stream().filter(ImportFilters::usablePort).forEach(ports::add);
            t.domains().stream().filter(ImportFilters::usableDomain).forEach(d -> addIgnoringCase(domains, d));
            // an executable named in a path ("C:\...\ImmyAgent.exe", "*\rutserv.exe") is also a process name
            t.installPaths().stream().map(LolrmmReader::baseName).filter(b -> b.toLowerCase(Locale.ROOT).endsWith(".exe"))
                    .filter(ImportFilters::usableProgram).forEach(e -> addIgnoringCase(processes, e));
        }

        RemoteToolSignature build() {
            List<Source> sources = sourceNames.stream()
                    .map(n -> new Source("LOLRMM rmm_tools.json: " + n, LOLRMM_URL)).toList();
            return new RemoteToolSignature(id, name, List.copyOf(processes), List.copyOf(services),
                    List.copyOf(paths), List.copyOf(ports), List.copyOf(domains), false, sources, List.of(),
                    List.of());
        }

        private static void addIgnoringCase(Set<String> set, String value) {
            String v = value.trim();
            if (set.stream().noneMatch(x -> x.equalsIgnoreCase(v))) {
                set.add(v);
            }
        }
    }
}

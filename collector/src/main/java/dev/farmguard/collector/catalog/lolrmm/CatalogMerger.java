package dev.farmguard.collector.catalog.lolrmm;

import dev.farmguard.collector.catalog.Catalog;
import dev.farmguard.collector.catalog.RemoteToolSignature;
import dev.farmguard.collector.catalog.Wildcards;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Puts imported remote tools under a curated catalog. Curated entries win: an imported tool whose id or name
 * is a curated tool's is left out, and so is every process, service or path a curated entry already matches
 * (one running AnyDesk must not count as two tools); an imported tool left with nothing is dropped.
 */
final class CatalogMerger {

    record Result(Catalog catalog, List<String> collidedWithCurated, List<String> coveredByCurated, int added) {}

    private CatalogMerger() {
    }

    static Result merge(Catalog curated, List<RemoteToolSignature> imported, String version) {
        Set<String> curatedKeys = new HashSet<>();
        for (RemoteToolSignature t : curated.remoteTools()) {
            curatedKeys.add(key(t.id()));
            curatedKeys.add(key(t.name()));
        }
        Set<String> usedIds = new HashSet<>();
        curated.kvms().forEach(k -> usedIds.add(k.id()));
        curated.vpns().forEach(v -> usedIds.add(v.id()));
        curated.jigglers().forEach(j -> usedIds.add(j.id()));
        curated.remoteTools().forEach(t -> usedIds.add(t.id()));

        CuratedPatterns patterns = CuratedPatterns.of(curated.remoteTools());
        List<RemoteToolSignature> tools = new ArrayList<>(curated.remoteTools());
        List<String> collided = new ArrayList<>();
        List<String> covered = new ArrayList<>();
        int added = 0;
        for (RemoteToolSignature t : imported) {
            if (curatedKeys.contains(key(t.id())) || curatedKeys.contains(key(t.name()))) {
                collided.add(t.name());
                continue;
            }
            RemoteToolSignature trimmed = withoutCuratedPatterns(t, patterns);
            if (trimmed.processNames().isEmpty() && trimmed.serviceNames().isEmpty()
                    && trimmed.installPaths().isEmpty() && trimmed.ports().isEmpty()) {
                covered.add(t.name());
                continue;
            }
            String id = trimmed.id();
            for (int n = 2; usedIds.contains(id); n++) {
                id = trimmed.id() + "-" + n;
            }
            usedIds.add(id);
            tools.add(new RemoteToolSignature(id, trimmed.name(), trimmed.processNames(), trimmed.serviceNames(),
                    trimmed.installPaths(), trimmed.ports(), trimmed.domains(), trimmed.dprkReported(),
                    trimmed.sources(), trimmed.sessionProcesses(), trimmed.relayPorts()));
            added++;
        }
        Catalog merged = new Catalog(version, tools, curated.kvms(), curated.vpns(), curated.jigglers());
        return new Result(merged, collided, covered, added);
    }

    /** Letters and digits only, lower case: "Remote Utilities", "remote-utilities" and "RemoteUtilities" meet. */
    static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static RemoteToolSignature withoutCuratedPatterns(RemoteToolSignature t, CuratedPatterns curated) {
        List<String> processes = t.processNames().stream().filter(p -> !curated.coversProcess(p)).toList();
        List<String> services = t.serviceNames().stream().filter(s -> !curated.coversService(s)).toList();
        List<String> paths = t.installPaths().stream().filter(p -> !curated.paths().contains(normalizePath(p)))
                .toList();
        List<Integer> ports = t.ports().stream().filter(p -> !curated.ports().contains(p)).toList();
        return new RemoteToolSignature(t.id(), t.name(), processes, services, paths, ports, t.domains(),
                t.dprkReported(), t.sources(), t.sessionProcesses(), t.relayPorts());
    }

    /** The curated tools' patterns, compiled once. */
    private record CuratedPatterns(List<String> processNames, List<Predicate<String>> processes,
                                   List<Predicate<String>> services, Set<String> paths, Set<Integer> ports) {

        static CuratedPatterns of(List<RemoteToolSignature> curated) {
            List<String> names = curated.stream().flatMap(c -> c.processNames().stream()).toList();
            return new CuratedPatterns(names, names.stream().map(Wildcards::namePredicate).toList(),
                    curated.stream().flatMap(c -> c.serviceNames().stream()).map(Wildcards::namePredicate).toList(),
                    curated.stream().flatMap(c -> c.installPaths().stream()).map(CatalogMerger::normalizePath)
                            .collect(Collectors.toSet()),
                    curated.stream().flatMap(c -> c.ports().stream()).collect(Collectors.toSet()));
        }

        /** A curated pattern matches the imported name, or the imported pattern matches a curated name. */
        boolean coversProcess(String imported) {
            if (processes.stream().anyMatch(p -> p.test(imported))) {
                return true;
            }
            Predicate<String> importedPattern = Wildcards.namePredicate(imported);
            return processNames.stream().anyMatch(importedPattern);
        }

        boolean coversService(String imported) {
            return services.stream().anyMatch(p -> p.test(imported));
        }
    }

    /** Without case, separator style, trailing "\*" or the drive/variable spelling of the root. */
    private static String normalizePath(String p) {
        String n = p.trim().replace('\\', '/').toLowerCase(Locale.ROOT).replaceAll("/{2,}", "/");
        n = n.replaceAll("(/\\*)+$", "").replaceAll("/+$", "");
        return n.replace("%programfiles(x86)%", "c:/program files (x86)").replace("%programfiles%", "c:/program files")
                .replace("%programdata%", "c:/programdata");
    }
}

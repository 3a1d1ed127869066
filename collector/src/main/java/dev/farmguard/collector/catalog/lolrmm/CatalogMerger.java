package dev.farmguard.collector.catalog.lolrmm;

import dev.farmguard.collector.catalog.Catalog;
import dev.farmguard.collector.catalog.RemoteToolSignature;
import dev.farmguard.collector.catalog.Wildcards;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

        List<RemoteToolSignature> tools = new ArrayList<>(curated.remoteTools());
        List<String> collided = new ArrayList<>();
        List<String> covered = new ArrayList<>();
        int added = 0;
        for (RemoteToolSignature t : imported) {
            if (curatedKeys.contains(key(t.id())) || curatedKeys.contains(key(t.name()))) {
                collided.add(t.name());
                continue;
            }
            RemoteToolSignature trimmed = withoutCuratedPatterns(t, curated.remoteTools());
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
                    trimmed.sources()));
            added++;
        }
        Catalog merged = new Catalog(version, tools, curated.kvms(), curated.vpns(), curated.jigglers());
        return new Result(merged, collided, covered, added);
    }

    /** Letters and digits only, lower case: "Remote Utilities", "remote-utilities" and "RemoteUtilities" meet. */
    static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static RemoteToolSignature withoutCuratedPatterns(RemoteToolSignature t, List<RemoteToolSignature> curated) {
        List<String> processes = t.processNames().stream()
                .filter(p -> curated.stream().flatMap(c -> c.processNames().stream())
                        .noneMatch(c -> Wildcards.nameMatches(c, p) || Wildcards.nameMatches(p, c)))
                .toList();
        List<String> services = t.serviceNames().stream()
                .filter(s -> curated.stream().flatMap(c -> c.serviceNames().stream())
                        .noneMatch(c -> Wildcards.nameMatches(c, s)))
                .toList();
        List<String> paths = t.installPaths().stream()
                .filter(p -> curated.stream().flatMap(c -> c.installPaths().stream())
                        .noneMatch(c -> samePath(c, p)))
                .toList();
        List<Integer> ports = t.ports().stream()
                .filter(p -> curated.stream().noneMatch(c -> c.ports().contains(p)))
                .toList();
        return new RemoteToolSignature(t.id(), t.name(), processes, services, paths, ports, t.domains(),
                t.dprkReported(), t.sources());
    }

    /** Paths compared without case, separator style, trailing "\*" or the drive/variable spelling of the root. */
    private static boolean samePath(String a, String b) {
        return normalizePath(a).equals(normalizePath(b));
    }

    private static String normalizePath(String p) {
        String n = p.trim().replace('\\', '/').toLowerCase(Locale.ROOT).replaceAll("/{2,}", "/");
        n = n.replaceAll("(/\\*)+$", "").replaceAll("/+$", "");
        return n.replace("%programfiles(x86)%", "c:/program files (x86)").replace("%programfiles%", "c:/program files")
                .replace("%programdata%", "c:/programdata");
    }
}

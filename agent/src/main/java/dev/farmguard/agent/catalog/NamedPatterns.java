package dev.farmguard.agent.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Name patterns, each tagged with the catalog id it belongs to; the first matching entry wins. */
final class NamedPatterns {

    private record Entry(String id, WildcardPattern pattern) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(String id, Collection<String> patterns) {
        for (String pattern : patterns) {
            if (!pattern.isBlank()) {
                entries.add(new Entry(id, WildcardPattern.compile(pattern.trim())));
            }
        }
    }

    /** Catalog id of the first pattern matching any of the candidates. */
    Optional<String> match(Collection<String> candidates) {
        for (Entry entry : entries) {
            for (String candidate : candidates) {
                if (entry.pattern().matches(candidate)) {
                    return Optional.of(entry.id());
                }
            }
        }
        return Optional.empty();
    }
}

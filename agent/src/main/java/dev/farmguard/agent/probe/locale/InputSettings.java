package dev.farmguard.agent.probe.locale;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keyboard layouts and input methods found in one desktop configuration.
 *
 * @param layouts XKB layouts, e.g. "us", "kr+kr104"
 * @param methods input methods as "framework:engine", e.g. "ibus:hangul", "fcitx5:mozc"
 */
public record InputSettings(List<String> layouts, List<String> methods) {

    public static final InputSettings NONE = new InputSettings(List.of(), List.of());

    public InputSettings {
        layouts = List.copyOf(new LinkedHashSet<>(layouts));
        methods = List.copyOf(new LinkedHashSet<>(methods));
    }

    /** Both lists of this and the other, in order, without repeats. */
    public InputSettings plus(InputSettings other) {
        List<String> l = new ArrayList<>(layouts);
        l.addAll(other.layouts());
        Set<String> m = new LinkedHashSet<>(methods);
        m.addAll(other.methods());
        return new InputSettings(l, List.copyOf(m));
    }
}

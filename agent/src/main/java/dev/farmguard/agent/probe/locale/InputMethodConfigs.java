package dev.farmguard.agent.probe.locale;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsers of Linux input-method configuration: GNOME's input sources and IBus's preloaded engines (in a
 * user's dconf database, or in the text key files of {@code /etc/dconf/db/*.d/}), fcitx5's
 * {@code ~/.config/fcitx5/profile} and fcitx 4's {@code ~/.config/fcitx/profile}. Keyboard-layout entries
 * ("xkb" sources, "keyboard-*" items) are layouts; everything else is an input method.
 */
public final class InputMethodConfigs {

    static final String GNOME_SOURCES = "/org/gnome/desktop/input-sources/sources";
    static final String IBUS_ENGINES = "/desktop/ibus/general/preload-engines";

    private static final Pattern PAIR = Pattern.compile("\\(\\s*(['\"])(.*?)\\1\\s*,\\s*(['\"])(.*?)\\3\\s*\\)");
    private static final Pattern STRING = Pattern.compile("(['\"])(.*?)\\1");

    private InputMethodConfigs() {
    }

    /** From a user's dconf database. */
    public static InputSettings fromDconf(Map<String, byte[]> values) {
        List<String[]> sources = new ArrayList<>();
        DconfDatabase.value(values, GNOME_SOURCES).ifPresent(v ->
                GVariants.stringPairArray(v).forEach(p -> sources.add(new String[] {p.first(), p.second()})));
        List<String> engines = DconfDatabase.value(values, IBUS_ENGINES).map(GVariants::stringArray).orElse(List.of());
        return settings(sources, engines);
    }

    /** From dconf key files ({@code [org/gnome/desktop/input-sources]} {@code sources=[('xkb', 'us'), ...]}). */
    public static InputSettings fromDconfKeyfile(List<String> lines) {
        String section = "";
        List<String[]> sources = new ArrayList<>();
        List<String> engines = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.trim();
            if (line.startsWith("[") && line.endsWith("]")) {
                section = "/" + line.substring(1, line.length() - 1).replaceAll("^/+|/+$", "") + "/";
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0 || line.startsWith("#")) {
                continue;
            }
            String key = section + line.substring(0, eq).trim();
            String value = line.substring(eq + 1);
            if (key.equals(GNOME_SOURCES)) {
                Matcher m = PAIR.matcher(value);
                while (m.find()) {
                    sources.add(new String[] {m.group(2), m.group(4)});
                }
            } else if (key.equals(IBUS_ENGINES)) {
                Matcher m = STRING.matcher(value);
                while (m.find()) {
                    engines.add(m.group(2));
                }
            }
        }
        return settings(sources, engines);
    }

    /** fcitx5 {@code profile}: the {@code Name=} of every {@code [Groups/N/Items/M]} section. */
    public static InputSettings fromFcitx5Profile(List<String> lines) {
        List<String> layouts = new ArrayList<>();
        List<String> methods = new ArrayList<>();
        boolean inItem = false;
        for (String raw : lines) {
            String line = raw.trim();
            if (line.startsWith("[")) {
                inItem = line.matches("\\[Groups/\\d+/Items/\\d+]");
            } else if (inItem && line.startsWith("Name=")) {
                String name = line.substring(5).trim();
                if (name.startsWith("keyboard-")) {
                    layouts.add(name.substring("keyboard-".length()));
                } else if (!name.isEmpty()) {
                    methods.add("fcitx5:" + name);
                }
            }
        }
        return new InputSettings(layouts, methods);
    }

    /** fcitx 4 {@code profile}: {@code IMList=fcitx-keyboard-us:True,pinyin:True,sunpinyin:False}. */
    public static InputSettings fromFcitxProfile(List<String> lines) {
        List<String> layouts = new ArrayList<>();
        List<String> methods = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.trim();
            if (!line.startsWith("IMList=")) {
                continue;
            }
            for (String entry : line.substring(7).split(",")) {
                int colon = entry.lastIndexOf(':');
                if (colon <= 0 || !entry.substring(colon + 1).trim().equalsIgnoreCase("true")) {
                    continue;
                }
                String name = entry.substring(0, colon).trim();
                if (name.startsWith("fcitx-keyboard-")) {
                    layouts.add(name.substring("fcitx-keyboard-".length()));
                } else {
                    methods.add("fcitx:" + name);
                }
            }
        }
        return new InputSettings(layouts, methods);
    }

    private static InputSettings settings(List<String[]> sources, List<String> engines) {
        List<String> layouts = new ArrayList<>();
        List<String> methods = new ArrayList<>();
        for (String[] source : sources) {
            if (source[0].equals("xkb")) {
                layouts.add(source[1]);
            } else if (!source[1].isEmpty()) {
                methods.add(source[0] + ":" + source[1]);
            }
        }
        for (String engine : engines) {
            if (!engine.startsWith("xkb:") && !engine.isEmpty()) {
                methods.add("ibus:" + engine);
            }
        }
        return new InputSettings(layouts, methods);
    }
}

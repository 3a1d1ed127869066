package dev.farmguard.collector.detect.device;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The language behind a keyboard layout, input method or locale tag, and the countries where that language is at
 * home. Languages spoken across many countries (English, Spanish, French...) fit everywhere and are never a tell.
 * Layout ids: Windows KLIDs ("00000412"), macOS input sources ("com.apple.keylayout.Russian"), XKB names ("kr").
 */
final class Languages {

    /** Windows primary language ids (low 10 bits of the LANGID). */
    private static final Map<Integer, String> WINDOWS = Map.ofEntries(Map.entry(0x12, "ko"), Map.entry(0x04, "zh"),
            Map.entry(0x19, "ru"), Map.entry(0x11, "ja"), Map.entry(0x2A, "vi"), Map.entry(0x1E, "th"),
            Map.entry(0x29, "fa"), Map.entry(0x22, "uk"), Map.entry(0x0D, "he"), Map.entry(0x1F, "tr"),
            Map.entry(0x15, "pl"), Map.entry(0x39, "hi"), Map.entry(0x09, "en"), Map.entry(0x0A, "es"),
            Map.entry(0x0C, "fr"), Map.entry(0x07, "de"), Map.entry(0x16, "pt"), Map.entry(0x10, "it"),
            Map.entry(0x13, "nl"), Map.entry(0x01, "ar"));

    private static final Map<String, String> XKB = Map.ofEntries(Map.entry("kr", "ko"), Map.entry("cn", "zh"),
            Map.entry("tw", "zh"), Map.entry("ru", "ru"), Map.entry("jp", "ja"), Map.entry("vn", "vi"),
            Map.entry("th", "th"), Map.entry("ir", "fa"), Map.entry("ua", "uk"), Map.entry("il", "he"),
            Map.entry("tr", "tr"), Map.entry("pl", "pl"), Map.entry("in", "hi"), Map.entry("us", "en"),
            Map.entry("gb", "en"), Map.entry("es", "es"), Map.entry("latam", "es"), Map.entry("fr", "fr"),
            Map.entry("de", "de"), Map.entry("br", "pt"), Map.entry("pt", "pt"), Map.entry("it", "it"));

    /** Words in macOS input source ids and IME names, checked in order. */
    private static final String[][] WORDS = {{"korean", "ko"}, {"hangul", "ko"}, {"pinyin", "zh"}, {"scim", "zh"},
        {"tcim", "zh"}, {"chinese", "zh"}, {"zhuyin", "zh"}, {"wubi", "zh"}, {"russian", "ru"}, {"japanese", "ja"},
        {"kotoeri", "ja"}, {"mozc", "ja"}, {"anthy", "ja"}, {"vietnamese", "vi"}, {"thai", "th"}, {"persian", "fa"},
        {"ukrainian", "uk"}, {"hebrew", "he"}, {"turkish", "tr"}, {"polish", "pl"}, {"hindi", "hi"}};

    private static final Map<String, Set<String>> HOME = Map.ofEntries(
            Map.entry("ko", Set.of("KR", "KP")), Map.entry("zh", Set.of("CN", "TW", "HK", "MO", "SG")),
            Map.entry("ru", Set.of("RU", "BY", "KZ", "KG")), Map.entry("ja", Set.of("JP")),
            Map.entry("vi", Set.of("VN")), Map.entry("th", Set.of("TH")), Map.entry("fa", Set.of("IR", "AF")),
            Map.entry("uk", Set.of("UA")), Map.entry("he", Set.of("IL")), Map.entry("tr", Set.of("TR")),
            Map.entry("pl", Set.of("PL")), Map.entry("hi", Set.of("IN")));

    private Languages() {}

    /** The language of a keyboard layout or input method, if recognised. */
    static Optional<String> ofLayout(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        String s = id.trim().toLowerCase(Locale.ROOT);
        if (s.matches("[0-9a-f]{8}")) {
            int langId = Integer.parseInt(s.substring(4), 16);
            return Optional.ofNullable(WINDOWS.get(langId & 0x3FF));
        }
        for (String[] w : WORDS) {
            if (s.contains(w[0])) {
                return Optional.of(w[1]);
            }
        }
        String xkb = s.startsWith("ibus:") ? s.substring(5) : s;
        int paren = xkb.indexOf('(');
        return Optional.ofNullable(XKB.get(paren < 0 ? xkb : xkb.substring(0, paren)));
    }

    /** The language of a BCP 47 tag ("ko-KR" to "ko"). */
    static Optional<String> ofLocaleTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String lang = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return lang.isEmpty() ? Optional.empty() : Optional.of(lang);
    }

    /**
     * Whether a language fits any of these countries (ISO 3166 alpha-2): always for widely spoken languages and
     * languages this table does not know, else when one country is the language's home.
     */
    static boolean fitsAny(String language, Set<String> countries) {
        Set<String> home = HOME.get(language);
        return home == null || countries.stream().anyMatch(home::contains);
    }
}

package dev.farmguard.agent.simulate;

import dev.farmguard.proto.v1.OsFamily;
import java.util.List;

/**
 * Locale settings of a user: BCP 47 locale, keyboard layouts and input methods per OS (Windows
 * layout ids, macOS input-source ids, XKB names), and the time zone a far-away operator would set.
 *
 * @param locale e.g. "en-US"
 * @param zone IANA zone the OS is set to when this profile also leaks the zone, else null
 * @param windowsLayouts KLIDs, e.g. "00000409"
 * @param macLayouts macOS input sources
 * @param linuxLayouts XKB layouts
 * @param windowsIme Windows input methods
 * @param macIme macOS input methods
 * @param linuxIme IBus engines
 */
record LocaleProfile(String locale, String zone, List<String> windowsLayouts, List<String> macLayouts,
    List<String> linuxLayouts, List<String> windowsIme, List<String> macIme, List<String> linuxIme) {

  static final LocaleProfile US = new LocaleProfile("en-US", null, List.of("00000409"),
      List.of("com.apple.keylayout.US"), List.of("us"), List.of(), List.of(), List.of());

  static final LocaleProfile US_SPANISH = new LocaleProfile("es-US", null, List.of("00000409", "0000080A"),
      List.of("com.apple.keylayout.US", "com.apple.keylayout.LatinAmerican"), List.of("us", "latam"),
      List.of(), List.of(), List.of());

  static final LocaleProfile KOREAN = new LocaleProfile("ko-KR", "Asia/Seoul", List.of("00000409", "00000412"),
      List.of("com.apple.keylayout.US", "com.apple.inputmethod.Korean.2SetKorean"), List.of("us", "kr"),
      List.of("Microsoft IME (Korean)"), List.of("com.apple.inputmethod.Korean"), List.of("ibus:hangul"));

  static final LocaleProfile CHINESE = new LocaleProfile("zh-CN", "Asia/Shanghai", List.of("00000409", "00000804"),
      List.of("com.apple.keylayout.US", "com.apple.inputmethod.SCIM.ITABC"), List.of("us", "cn"),
      List.of("Microsoft Pinyin"), List.of("com.apple.inputmethod.SCIM"), List.of("ibus:libpinyin"));

  static final LocaleProfile RUSSIAN = new LocaleProfile("ru-RU", "Asia/Vladivostok", List.of("00000409", "00000419"),
      List.of("com.apple.keylayout.US", "com.apple.keylayout.Russian"), List.of("us", "ru"),
      List.of(), List.of(), List.of());

  /** The far-away profiles an operator's settings may leak. */
  static final List<LocaleProfile> FAR_AWAY = List.of(KOREAN, CHINESE, RUSSIAN);

  /** The same layouts on a US resident's machine: the zone stays local, the locale as given. */
  LocaleProfile asResident(String residentLocale) {
    return new LocaleProfile(residentLocale, null, windowsLayouts, macLayouts, linuxLayouts, windowsIme, macIme, linuxIme);
  }

  List<String> layouts(OsFamily os) {
    return switch (os) {
      case OS_FAMILY_MACOS -> macLayouts;
      case OS_FAMILY_LINUX -> linuxLayouts;
      default -> windowsLayouts;
    };
  }

  List<String> inputMethods(OsFamily os) {
    return switch (os) {
      case OS_FAMILY_MACOS -> macIme;
      case OS_FAMILY_LINUX -> linuxIme;
      default -> windowsIme;
    };
  }
}

package dev.farmguard.agent.probe.locale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.testing.FakeTree;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** dconf databases here were compiled from the {@code user.keyfile} next to them with {@code dconf compile}. */
class InputMethodConfigsTest {

    @Test
    void dconfDatabaseKeysAreFullPaths() {
        Map<String, byte[]> values = DconfDatabase.values(
                FakeTree.bytesResource("/locale/linux/dconf-gnome-hangul/user"));

        assertThat(values).containsOnlyKeys(
                "/org/gnome/desktop/input-sources/sources", "/org/gnome/desktop/input-sources/mru-sources",
                "/org/gnome/desktop/input-sources/xkb-options", "/desktop/ibus/general/preload-engines",
                "/desktop/ibus/general/engines-order", "/org/gnome/desktop/interface/clock-format",
                "/org/gnome/desktop/interface/gtk-theme");
        assertThat(GVariants.stringPairArray(values.get("/org/gnome/desktop/input-sources/sources"))).containsExactly(
                new GVariants.StringPair("xkb", "us"), new GVariants.StringPair("ibus", "hangul"),
                new GVariants.StringPair("xkb", "kr+kr104"));
        assertThat(GVariants.stringArray(values.get("/desktop/ibus/general/preload-engines")))
                .containsExactly("hangul", "xkb:us::eng");
        assertThat(GVariants.stringArray(values.get("/org/gnome/desktop/interface/clock-format"))).isEmpty();
    }

    @Test
    void gnomeSourcesAndIbusEnginesBecomeLayoutsAndMethods() {
        InputSettings settings = InputMethodConfigs.fromDconf(DconfDatabase.values(
                FakeTree.bytesResource("/locale/linux/dconf-gnome-hangul/user")));

        assertThat(settings).isEqualTo(new InputSettings(List.of("us", "kr+kr104"), List.of("ibus:hangul")));
    }

    @Test
    void arraysOverTwoHundredFiftyFiveBytesUseTwoByteOffsets() {
        Map<String, byte[]> values = DconfDatabase.values(
                FakeTree.bytesResource("/locale/linux/dconf-many-engines/user"));
        List<String> engines = GVariants.stringArray(values.get(InputMethodConfigs.IBUS_ENGINES));

        assertThat(engines).hasSize(26).startsWith("hangul", "anthy").endsWith("m17n:te:itrans");
        assertThat(InputMethodConfigs.fromDconf(values).methods()).hasSize(24).doesNotContain("ibus:xkb:us::eng");
    }

    @Test
    void theKeyfileTextGivesTheSameAsTheCompiledDatabase() {
        InputSettings fromText = InputMethodConfigs.fromDconfKeyfile(
                FakeTree.text("/locale/linux/dconf-gnome-hangul/user.keyfile").lines().toList());

        assertThat(fromText).isEqualTo(new InputSettings(List.of("us", "kr+kr104"), List.of("ibus:hangul")));
    }

    @Test
    void fcitxProfiles() {
        assertThat(InputMethodConfigs.fromFcitx5Profile(
                FakeTree.text("/locale/linux/desktops/home/bob/.config/fcitx5/profile").lines().toList()))
                .isEqualTo(new InputSettings(List.of("us"), List.of("fcitx5:mozc", "fcitx5:hangul")));
        assertThat(InputMethodConfigs.fromFcitxProfile(
                FakeTree.text("/locale/linux/desktops/root/.config/fcitx/profile").lines().toList()))
                .isEqualTo(new InputSettings(List.of("us"), List.of("fcitx:pinyin")));
    }

    @Test
    void garbageIsNoDatabase() {
        assertThat(DconfDatabase.values("GVariant but truncated".getBytes())).isEmpty();
        assertThat(DconfDatabase.values(new byte[0])).isEmpty();
    }
}

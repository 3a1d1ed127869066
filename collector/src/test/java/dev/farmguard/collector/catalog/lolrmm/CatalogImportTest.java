package dev.farmguard.collector.catalog.lolrmm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmguard.collector.catalog.Catalog;
import dev.farmguard.collector.catalog.CatalogLoader;
import dev.farmguard.collector.catalog.RemoteToolSignature;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LOLRMM importer on a copy of LOLRMM's rmm_tools.json (Apache-2.0, see the LICENSE next to it). */
class CatalogImportTest {

    @TempDir
    Path tmp;

    static Path lolrmmFile() throws URISyntaxException {
        return Path.of(CatalogImportTest.class.getResource("/catalog/lolrmm/rmm_tools.json").toURI());
    }

    @Test
    void readsAllToolsOfTheLolrmmFile() throws Exception {
        List<LolrmmTool> tools = LolrmmReader.read(lolrmmFile());

        assertThat(tools).hasSize(319);
        LolrmmTool anydesk = tools.stream().filter(t -> t.name().equals("AnyDesk")).findFirst().orElseThrow();
        assertThat(anydesk.executables()).contains("AnyDesk.exe");
        assertThat(anydesk.installPaths()).contains("C:\\Program Files (x86)\\AnyDesk\\*", "/Applications/AnyDesk.app");
        assertThat(anydesk.serviceNames()).containsExactly("AnyDesk Service");
        LolrmmTool teamviewer = tools.stream().filter(t -> t.name().equals("TeamViewer")).findFirst().orElseThrow();
        assertThat(teamviewer.executables()).contains("TeamViewer.exe", "tv_w32.exe", "teamviewer_desktop.exe");
        assertThat(teamviewer.domains()).contains("*.teamviewer.com");
    }

    @Test
    void mapsToolsWithoutGenericNamesPortsOrFolders() throws Exception {
        LolrmmMapper.Result mapped = LolrmmMapper.map(LolrmmReader.read(lolrmmFile()));

        assertThat(mapped.joinedDuplicates()).isEqualTo(6);
        assertThat(mapped.excluded()).containsExactly("NVDA (Non-Visual Desktop Access)");
        assertThat(mapped.signatures().size() + mapped.droppedNothingToMatch().size()).isEqualTo(312);
        List<String> allProcesses = mapped.signatures().stream().flatMap(s -> s.processNames().stream())
                .map(String::toLowerCase).toList();
        assertThat(allProcesses).doesNotContain("dwm.exe", "mstsc.exe", "agent.exe", "setup.exe", "winpty-agent.exe",
                "wintun.dll", "nvda.exe", "putty.exe", "winscp.exe", "vncviewer.exe");
        assertThat(mapped.signatures()).allSatisfy(s -> {
            assertThat(s.ports()).allSatisfy(p -> assertThat(p).isGreaterThanOrEqualTo(1024).isNotIn(8080, 3478));
            assertThat(s.installPaths()).doesNotContain("C:\\Program Files\\*", "*\\*");
            assertThat(s.sources()).allSatisfy(src -> assertThat(src.reference()).startsWith("LOLRMM rmm_tools.json: "));
        });
        RemoteToolSignature ammyy = byId(mapped.signatures(), "ammyy-admin");
        assertThat(ammyy.ports()).containsExactly(5931);
        assertThat(ammyy.processNames()).contains("AA_v3.exe", "AMMYY_Admin.exe");
        assertThat(byId(mapped.signatures(), "splashtop").serviceNames()).contains("SplashtopRemoteService");
        assertThat(byId(mapped.signatures(), "atera").serviceNames()).contains("AteraAgent").doesNotContain("WinRing0_1_2_0");
    }

    @Test
    void mergesUnderTheCuratedCatalogAndWritesItBack() throws Exception {
        Path out = tmp.resolve("merged/catalog.json");
        Catalog curated = CatalogLoader.loadBundled();

        ImportReport report = CatalogImport.run(lolrmmFile(), out);

        assertThat(report.toolsRead()).isEqualTo(319);
        assertThat(report.added() + report.collidedWithCurated().size() + report.coveredByCurated().size()
                + report.droppedNothingToMatch().size() + report.excludedByPolicy().size() + report.joinedDuplicates())
                .isEqualTo(319);
        assertThat(report.version()).isEqualTo(curated.version() + "+lolrmm.2026.08.18");
        assertThat(report.version()).isGreaterThan(curated.version());
        assertThat(report.collidedWithCurated()).contains("AnyDesk", "TeamViewer", "RustDesk", "Chrome Remote Desktop",
                "Parsec", "ScreenConnect", "Supremo", "Atera", "HopToDesk", "Zoho Assist", "NoMachine", "Remote Utilities");
        assertThat(report.remoteToolsTotal()).isEqualTo(curated.remoteTools().size() + report.added());
        assertThat(report.added()).isGreaterThan(200);

        Catalog merged = CatalogLoader.load(out);
        assertThat(merged.version()).isEqualTo(report.version());
        assertThat(merged.remoteTools()).hasSize(report.remoteToolsTotal());
        assertThat(merged.kvms()).isEqualTo(curated.kvms());
        assertThat(merged.remoteTool("anydesk")).isEqualTo(curated.remoteTool("anydesk"));
        assertThat(merged.remoteTools().stream().filter(t -> t.name().equalsIgnoreCase("AnyDesk"))).hasSize(1);
        RemoteToolSignature radmin = merged.remoteTool("radmin").orElseThrow();
        assertThat(radmin.sources()).extracting(s -> s.reference()).containsExactly("LOLRMM rmm_tools.json: RAdmin");
        assertThat(radmin.processNames()).contains("RServer3.exe");
        assertThat(merged.remoteTool("kitty")).as("an SSH client controls others, it is not imported").isEmpty();
        // no imported tool claims a process a curated tool already matches
        assertThat(merged.remoteTools().stream().filter(t -> t.sources().get(0).reference().startsWith("LOLRMM"))
                .flatMap(t -> t.processNames().stream()).map(String::toLowerCase))
                .doesNotContain("anydesk.exe", "teamviewer.exe", "tv_w32.exe", "winvnc.exe", "tvnserver.exe");
    }

    @Test
    void importIsDeterministic() throws Exception {
        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        CatalogImport.run(lolrmmFile(), a);
        CatalogImport.run(lolrmmFile(), b);
        assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
    }

    @Test
    void malformedInputGivesAClearError() throws IOException {
        assertThatThrownBy(() -> LolrmmReader.parse("{\"Name\": \"x\"}", "t.json"))
                .isInstanceOf(LolrmmFormatException.class).hasMessageContaining("top level must be an array");
        assertThatThrownBy(() -> LolrmmReader.parse("[{\"Name\": \"ok\"}, {\"Category\": \"RMM\"}]", "t.json"))
                .isInstanceOf(LolrmmFormatException.class).hasMessageContaining("tool #1 has no Name");
        assertThatThrownBy(() -> LolrmmReader.parse("[{\"Name\": \"Foo\", \"Details\": {\"InstallationPaths\": 7}}]",
                "t.json"))
                .isInstanceOf(LolrmmFormatException.class)
                .hasMessageContaining("tool #0 (Foo)").hasMessageContaining("InstallationPaths must be a list");
        assertThatThrownBy(() -> LolrmmReader.parse("[{\"Name\": ", "t.json"))
                .isInstanceOf(LolrmmFormatException.class).hasMessageContaining("t.json is not valid JSON");
        Path missing = tmp.resolve("nope.json");
        assertThatThrownBy(() -> CatalogImport.run(missing, tmp.resolve("out.json")))
                .isInstanceOf(LolrmmFormatException.class).hasMessageContaining("cannot read LOLRMM file");
        assertThat(Files.exists(tmp.resolve("out.json"))).isFalse();
    }

    @Test
    void toleratesTheFormatsVariations() {
        String json = "[{\"Name\": \"Tool One\", \"Details\": {\"PEMetadata\": {\"Filename\": \"toolone.exe\"},"
                + " \"InstallationPaths\": null, \"Free\": true},"
                + " \"Artifacts\": {\"Network\": [{\"Ports\": [\"1000-65535\", 443, 7788], \"Domains\": [\"user_managed\"]}],"
                + " \"Other\": [{\"Type\": \"Windows Service Name\", \"Value\": \"ToolOneSvc\"}]}},"
                + " {\"Name\": \"Tool Two\", \"Details\": {\"PEMetadata\": [{\"Filename\": \"tooltwo.exe\"}, {\"Filename\": null}]}}]";
        LolrmmMapper.Result mapped = LolrmmMapper.map(LolrmmReader.parse(json, "t.json"));
        RemoteToolSignature one = byId(mapped.signatures(), "tool-one");
        assertThat(one.processNames()).containsExactly("toolone.exe");
        assertThat(one.ports()).containsExactly(7788);
        assertThat(one.serviceNames()).containsExactly("ToolOneSvc");
        assertThat(one.domains()).isEmpty();
        assertThat(byId(mapped.signatures(), "tool-two").processNames()).containsExactly("tooltwo.exe");
    }

    private static RemoteToolSignature byId(List<RemoteToolSignature> list, String id) {
        return list.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id));
    }
}

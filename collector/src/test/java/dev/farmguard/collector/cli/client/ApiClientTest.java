package dev.farmguard.collector.cli.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The file name a download is saved under comes from the server, so only plain names are taken. */
class ApiClientTest {

    @ParameterizedTest
    @CsvSource({"'attachment; filename=\"farmguard-daily-summary-20261208T010000Z.pdf\"', "
        + "farmguard-daily-summary-20261208T010000Z.pdf", "attachment; filename=report.csv, report.csv",
        "'attachment; filename=\"a.json\"; size=3', a.json"})
    void takesAPlainFileName(String header, String name) {
        assertThat(ApiClient.attachmentName(header)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"attachment; filename=\"../../.bashrc\"", "attachment; filename=\"/etc/passwd\"",
        "attachment; filename=\"a/b.pdf\"", "attachment; filename=\".hidden\"", "attachment; filename=\"a\\\\b\"",
        "attachment; filename*=UTF-8''x.pdf", "attachment", "inline; filename=\"\""})
    void refusesAnythingThatIsNotAPlainName(String header) {
        assertThat(ApiClient.attachmentName(header)).isNull();
    }
}

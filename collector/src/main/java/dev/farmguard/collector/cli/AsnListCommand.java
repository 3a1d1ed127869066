package dev.farmguard.collector.cli;

import dev.farmguard.collector.netkind.AsnListFormatException;
import dev.farmguard.collector.netkind.AsnListImport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code asn-list}: work with the list of VPN, hosting and mobile networks. */
@Command(name = "asn-list", mixinStandardHelpOptions = true,
        description = "Work with the list of VPN, hosting and mobile networks (autonomous systems).",
        subcommands = AsnListCommand.Import.class)
final class AsnListCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code asn-list import --vpn ASN.txt --hosting ASN.txt --out network-kinds.tsv}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Convert X4BNet/lists_vpn's input/vpn/ASN.txt and input/datacenter/ASN.txt into a network-kinds",
                "list (the shipped list's mobile carriers are kept). Load it with detection.network-kinds.file."})
    static final class Import implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--vpn", paramLabel = "FILE", description = "X4BNet/lists_vpn input/vpn/ASN.txt (kind vpn).")
        Path vpn;

        @Option(names = "--hosting", paramLabel = "FILE",
                description = "X4BNet/lists_vpn input/datacenter/ASN.txt (kind hosting).")
        Path hosting;

        @Option(names = "--version", paramLabel = "TEXT",
                description = "Version written into the list (default: today's date, UTC).")
        String version;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the list.")
        Path out;

        @Override
        public Integer call() {
            if (vpn == null && hosting == null) {
                spec.commandLine().getErr().println("asn-list import: give --vpn FILE, --hosting FILE, or both");
                return 2;
            }
            String v = version == null || version.isBlank() ? LocalDate.now(ZoneOffset.UTC).toString() : version.strip();
            try {
                AsnListImport.Report report = AsnListImport.run(Optional.ofNullable(vpn), Optional.ofNullable(hosting),
                        v, out);
                spec.commandLine().getOut().println(report.summary() + " to " + out);
                return 0;
            } catch (AsnListFormatException e) {
                spec.commandLine().getErr().println("asn-list import: " + e.getMessage());
                return 1;
            } catch (IOException e) {
                spec.commandLine().getErr().println("asn-list import: cannot write " + out + ": " + e.getMessage());
                return 1;
            }
        }
    }
}

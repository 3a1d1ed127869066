package dev.farmguard.collector.cli;

import dev.farmguard.collector.catalog.CatalogException;
import dev.farmguard.collector.catalog.lolrmm.CatalogImport;
import dev.farmguard.collector.catalog.lolrmm.ImportReport;
import dev.farmguard.collector.catalog.lolrmm.LolrmmFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code catalog}: work with the signature catalog. */
@Command(name = "catalog", mixinStandardHelpOptions = true, description = "Work with the signature catalog.",
        subcommands = CatalogCommand.ImportLolrmm.class)
final class CatalogCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code catalog import-lolrmm FILE --out catalog.json}. */
    @Command(name = "import-lolrmm", mixinStandardHelpOptions = true,
            description = {"Merge LOLRMM's rmm_tools.json under the bundled catalog and write the result.",
                "Load it with detection.catalog in the configuration file; the collector re-scores stored devices."})
    static final class ImportLolrmm implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "LOLRMM's website/public/api/rmm_tools.json.")
        Path input;

        @Option(names = "--out", required = true, paramLabel = "catalog.json", description = "Where to write the catalog.")
        Path out;

        @Override
        public Integer call() {
            if (!Files.isReadable(input)) {
                spec.commandLine().getErr().println("catalog import-lolrmm: cannot read " + input);
                return 1;
            }
            try {
                ImportReport report = CatalogImport.run(input, out);
                spec.commandLine().getOut().println(report.summary());
                return 0;
            } catch (LolrmmFormatException | CatalogException e) {
                spec.commandLine().getErr().println("catalog import-lolrmm: " + e.getMessage());
                return 1;
            }
        }
    }
}

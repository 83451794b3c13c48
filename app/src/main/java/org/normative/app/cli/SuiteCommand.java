package org.normative.app.cli;

import picocli.CommandLine.Command;

@Command(name = "suite", description = "Conformance suites of the workspace.",
        subcommands = {SuiteListCommand.class, SuiteImportCommand.class, SuiteTestCommand.class})
final class SuiteCommand extends GroupCommand {
}

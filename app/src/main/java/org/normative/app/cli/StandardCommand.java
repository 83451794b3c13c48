package org.normative.app.cli;

import picocli.CommandLine.Command;

@Command(name = "standard", description = "Standards of the workspace.",
        subcommands = {StandardListCommand.class, StandardDiffCommand.class, StandardCheckCommand.class, StandardStageCommand.class,
                StandardNewEditionCommand.class, StandardImportCommand.class, StandardExportCommand.class})
final class StandardCommand extends GroupCommand {
}

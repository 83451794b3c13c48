package org.normative.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "standard", description = "Standards of the workspace.",
        subcommands = {StandardListCommand.class, StandardDiffCommand.class, StandardCheckCommand.class, StandardStageCommand.class,
                StandardNewEditionCommand.class, StandardImportCommand.class, StandardExportCommand.class})
final class StandardCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of " + spec.subcommands().keySet());
    }
}

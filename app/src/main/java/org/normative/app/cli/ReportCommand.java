package org.normative.app.cli;

import picocli.CommandLine.Command;

@Command(name = "report", description = "Reports of stored runs.", subcommands = {ReportRenderCommand.class, ReportIssueCommand.class, ReportVerifyCommand.class})
final class ReportCommand extends GroupCommand {
}

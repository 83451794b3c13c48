package org.normative.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.normative.app.AppVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(name = "normative",
        mixinStandardHelpOptions = true,
        versionProvider = NormativeCommand.Version.class,
        description = "Digital-government standards: draft, link, test, certify.%nWith no command, opens the desktop app.",
        subcommands = {GuiCommand.class, DemoCommand.class, StandardCommand.class, LinksCommand.class, ReviewCommand.class,
                FrameworkCommand.class,
                SearchCommand.class, AuditCommand.class, SuiteCommand.class, RunCommand.class, ReportCommand.class},
        exitCodeOnInvalidInput = Cli.USAGE,
        exitCodeOnExecutionException = Cli.ERROR,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success / conformant", "1:not conformant / check failed",
                "2:error (unreadable input, ERROR verdicts, broken suite)", "64:usage error"})
final class NormativeCommand implements Callable<Integer> {

    private final CliSession session;

    NormativeCommand(CliSession session) {
        this.session = session;
    }

    @Option(names = "--workspace", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The workspace folder (default: the per-user data folder, or $NORMATIVE_WORKSPACE).")
    void setWorkspace(Path directory) {
        session.setWorkspaceDirectory(directory);
    }

    @Option(names = "--lang", paramLabel = "en|zh-CN", scope = ScopeType.INHERIT,
            converter = LanguageConverter.class, description = "Language of messages and titles: en or zh-CN.")
    void setLanguage(Locale language) {
        session.setLanguage(language);
    }

    @Override
    public Integer call() {
        return new GuiCommand(session).call();
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"normative " + AppVersion.current(),
                    "Java ${java.version} (${java.vendor}), ${os.name} ${os.arch}"};
        }
    }
}

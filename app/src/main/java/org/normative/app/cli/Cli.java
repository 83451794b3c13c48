package org.normative.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.normative.app.DesktopLauncher;
import org.normative.standards.StandardsException;
import picocli.CommandLine;

/**
 * The {@code normative} command line (DESIGN.md, "Command line"): picocli commands sharing one {@link CliSession}.
 * Exit status: 0 success, 1 check failed, 2 error, 64 usage error.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int ERROR = 2;
    public static final int USAGE = 64;

    private final CommandLine commandLine;
    private final CliSession session;

    private Cli(CommandLine commandLine, CliSession session) {
        this.commandLine = commandLine;
        this.session = session;
    }

    public static Cli create(DesktopLauncher desktop) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return create(desktop, out, err);
    }

    public static Cli create(DesktopLauncher desktop, PrintWriter out, PrintWriter err) {
        CliSession session = new CliSession(desktop, out, err);
        CommandLine commandLine = new CommandLine(new NormativeCommand(session), new CommandFactory(session))
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parseResult) -> handle(e, cmd, session));
        applyExitCodes(commandLine);
        return new Cli(commandLine, session);
    }

    /** picocli keeps exit codes per command; every subcommand answers a usage error with 64 too. */
    private static void applyExitCodes(CommandLine commandLine) {
        commandLine.getCommandSpec().exitCodeOnInvalidInput(USAGE).exitCodeOnExecutionException(ERROR);
        commandLine.getSubcommands().values().forEach(Cli::applyExitCodes);
    }

    public int run(String... args) {
        try {
            return commandLine.execute(args);
        } finally {
            session.close();
        }
    }

    /** Errors reach people as one clear sentence; the stack trace only with NORMATIVE_DEBUG set. */
    private static int handle(Exception e, CommandLine command, CliSession session) {
        PrintWriter err = session.err();
        if (e instanceof CommandLine.ParameterException usage) {
            err.println(usage.getMessage());
            usage.getCommandLine().usage(err);
            return USAGE;
        }
        if (e instanceof StandardsException known) {
            err.println(session.text("error.prefix") + known.userMessage(session.language()));
        } else {
            err.println(session.text("error.unexpected", e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
        }
        if (System.getenv("NORMATIVE_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return ERROR;
    }

    /** Builds commands with the shared session passed to their constructors. */
    private static final class CommandFactory implements CommandLine.IFactory {
        private final CliSession session;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        CommandFactory(CliSession session) {
            this.session = session;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(CliSession.class).newInstance(session);
            } catch (NoSuchMethodException e) {
                return fallback.create(type);
            }
        }
    }
}

package org.normative.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.normative.conformance.ConformanceException;
import org.normative.conformance.report.signing.LedgerEntry;
import org.normative.conformance.report.signing.ReportIssuer;
import org.normative.conformance.report.signing.SigningKey;
import org.normative.standards.StandardsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "issue", description = "Sign a JSON report with the evaluator's key (FILE.p7s beside it) and enter it in the ledger.")
final class ReportIssueCommand implements Callable<Integer> {

    static final String PASSWORD_VARIABLE = "NORMATIVE_KEYSTORE_PASSWORD";

    private final CliSession session;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path report;

    @Option(names = "--keystore", required = true, paramLabel = "P12", description = "The evaluator's PKCS#12 keystore.")
    Path keystore;

    @Option(names = "--alias", description = "The key entry to use; the first one when not given.")
    String alias;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file holding the keystore password; otherwise the variable " + PASSWORD_VARIABLE + ".")
    Path passwordFile;

    ReportIssueCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() throws StandardsException {
        SigningKey key = SigningKey.fromPkcs12(keystore, password(), alias);
        LedgerEntry entry = new ReportIssuer(session.conformance().ledger()).issue(report, key);
        session.out().println(session.text("report.issued", report.toAbsolutePath(), entry.seq(), entry.signer()));
        return Cli.OK;
    }

    /** Never from the command line itself: it would sit in the shell history and the process list. */
    private char[] password() throws ConformanceException {
        if (passwordFile != null) {
            try {
                return Files.readString(passwordFile, StandardCharsets.UTF_8).strip().toCharArray();
            } catch (IOException e) {
                throw new ConformanceException(e, "artifact.unreadable", passwordFile, e.getMessage());
            }
        }
        String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
        if (fromEnvironment == null) {
            throw new ParameterException(spec.commandLine(), session.text("report.noPassword", PASSWORD_VARIABLE));
        }
        return fromEnvironment.toCharArray();
    }
}

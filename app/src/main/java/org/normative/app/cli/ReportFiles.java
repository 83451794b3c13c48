package org.normative.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.normative.conformance.ConformanceException;
import org.normative.conformance.report.format.ReportFormat;
import org.normative.conformance.run.Assessment;
import org.normative.conformance.run.RunRecord;
import org.normative.standards.StandardsException;

/** Writes a report file of a run and says where it went; a file that cannot be written is a plain error. */
final class ReportFiles {

    private ReportFiles() {
    }

    /** Nothing when {@code file} is null (the option was not given). */
    static void write(CliSession session, RunRecord record, ReportFormat format, Path file) throws StandardsException {
        write(session, record, List.of(), format, file);
    }

    /** A run with its assessments applied, and the assessments listed in the formats that list them. */
    static void write(CliSession session, RunRecord record, List<Assessment> assessments, ReportFormat format, Path file)
            throws StandardsException {
        if (file == null) {
            return;
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            format.write(record, assessments, session.conformance().requirements(), session.language(), out);
        } catch (IOException e) {
            throw new ConformanceException(e, "report.cannotWrite", file, e.getMessage());
        }
        session.out().println(session.text("report.written", format.name(), file.toAbsolutePath()));
    }
}

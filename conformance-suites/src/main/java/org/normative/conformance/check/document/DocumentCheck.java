package org.normative.conformance.check.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.CheckContext;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.check.document.DocumentEvents.FieldValues;
import org.normative.conformance.result.Location;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.submission.Artifact;
import org.normative.standards.LocalizedText;

/**
 * A document profile applied to a PDF or DOCX: the reader for its format tells each rule what it reads, once,
 * in reading order; the rules report. Thread-safe: the profile is immutable and every run starts its own rules.
 */
final class DocumentCheck implements PreparedCheck {

    private final DocumentProfile profile;

    DocumentCheck(DocumentProfile profile) {
        this.profile = profile;
    }

    @Override
    public void check(Artifact artifact, CheckContext context) throws ArtifactException, IOException {
        DocumentFormat format = DocumentFormat.of(artifact, context);
        List<LocalizedText> notTested = new ArrayList<>();
        List<ProfileRule.Run> runs = new ArrayList<>();
        for (ProfileRule rule : profile.rules()) {
            if (rule.basics().formats().contains(format)) {
                runs.add(rule.start(new RuleReporter(rule.basics(), format, artifact.name(), context, notTested)));
            }
        }
        Broadcast events = new Broadcast(runs);
        if (format == DocumentFormat.PDF) {
            new PdfDocumentReader(profile.maxPages()).read(artifact, context, events);
        } else {
            new DocxDocumentReader().read(artifact, context, events);
        }
        for (ProfileRule.Run run : runs) {
            run.finish();
        }
        if (!notTested.isEmpty()) {
            context.conclude(Verdict.NOT_TESTED, LocalizedText.of(
                    String.join(" ", notTested.stream().map(LocalizedText::en).toList()),
                    String.join(" ", notTested.stream().map(LocalizedText::zh).toList())));
        }
    }

    /** Every event to every rule. */
    private record Broadcast(List<ProfileRule.Run> runs) implements DocumentEvents {

        @Override
        public void metadata(Map<MetadataField, FieldValues> fields) {
            runs.forEach(run -> run.metadata(fields));
        }

        @Override
        public void pageCount(Integer pages) {
            runs.forEach(run -> run.pageCount(pages));
        }

        @Override
        public void line(TextBlock line) throws IOException {
            for (ProfileRule.Run run : runs) {
                run.line(line);
            }
        }

        @Override
        public void heading(TextBlock heading, int level) throws IOException {
            for (ProfileRule.Run run : runs) {
                run.heading(heading, level);
            }
        }

        @Override
        public void text(TextBlock text) throws IOException {
            for (ProfileRule.Run run : runs) {
                run.text(text);
            }
        }

        @Override
        public void fontNotEmbedded(String font, Location firstUse) {
            runs.forEach(run -> run.fontNotEmbedded(font, firstUse));
        }

        @Override
        public void fontEmbedding(boolean embedded) {
            runs.forEach(run -> run.fontEmbedding(embedded));
        }
    }
}

package org.normative.conformance.check.document;

import java.io.IOException;

import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.CheckContext;
import org.normative.conformance.check.Limits;
import org.normative.conformance.submission.Artifact;
import org.normative.standards.publishing.docx.DocxZipScan;

/**
 * Looks through a DOCX's zip, streamed through the check's guarded stream, before POI opens it: no more parts than
 * {@link Limits#maxZipEntries()}, no more than {@link Limits#maxZipBytes()} unpacked, no part inflating more than
 * {@link Limits#maxZipRatio()} times (a zip bomb) or, for XML parts, beyond {@link Limits#maxTreeBytes()} (POI holds
 * them as trees), no DTD in an XML part, and a {@code word/document.xml} at all ({@link DocxZipScan}, shared with the
 * DOCX import of standards).
 */
final class DocxPackageScan {

    private DocxPackageScan() {
    }

    static void scan(Artifact artifact, CheckContext context) throws ArtifactException, IOException {
        Limits limits = context.limits();
        String name = artifact.name();
        try {
            DocxZipScan.scan(context.open(artifact), new DocxZipScan.Limits(limits.maxZipEntries(), limits.maxZipBytes(),
                    limits.maxZipRatio(), limits.maxTreeBytes()));
        } catch (DocxZipScan.Refusal refusal) {
            throw switch (refusal.problem()) {
                case TOO_MANY_PARTS -> new ArtifactException("document.docx.tooManyParts", name, limits.maxZipEntries());
                case BOMB -> new ArtifactException("document.docx.bomb", name, refusal.part(), limits.maxZipRatio(),
                        limits.maxZipBytes() >> 20);
                case XML_PART_TOO_BIG -> new ArtifactException("document.docx.partTooBig", name, refusal.part(),
                        limits.maxTreeBytes() >> 20);
                case DOCTYPE -> new ArtifactException("document.docx.doctype", name, refusal.part());
                case BROKEN -> new ArtifactException(refusal.getCause(), "document.docx.broken", name,
                        Failures.detail(refusal.getCause()));
                case NO_DOCUMENT -> new ArtifactException("document.docx.noDocument", name);
            };
        }
    }
}

package org.normative.conformance.report.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.normative.conformance.ConformanceException;

/**
 * A PAdES signature inside a PDF report (PDFBox with a BouncyCastle CMS, sub-filter {@code ETSI.CAdES.detached}),
 * saved incrementally so the report's bytes before the signature stay as they were; and its check, which also
 * says when something was added to the file after it was signed.
 */
public final class PdfSignature {

    /** The document information keys under which the PDF writer records the run behind the report. */
    public static final String RUN_ID = "NormativeRunId";
    public static final String VERDICT = "NormativeVerdict";
    public static final String SUITE_SHA256 = "NormativeSuiteSha256";

    private PdfSignature() {
    }

    public static boolean isPdf(byte[] content) {
        return content.length > 5 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F';
    }

    /** Signs {@code pdf} in place. */
    public static void sign(Path pdf, SigningKey key, String reason) throws ConformanceException {
        byte[] original;
        try {
            original = Files.readAllBytes(pdf);
        } catch (IOException e) {
            throw new ConformanceException(e, "artifact.unreadable", pdf, e.getMessage());
        }
        ByteArrayOutputStream signed = new ByteArrayOutputStream(original.length + 40_000);
        try (PDDocument document = Loader.loadPDF(original); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(key.certificate().getSubjectX500Principal().getName());
            signature.setReason(reason);
            signature.setSignDate(Calendar.getInstance());
            options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
            document.addSignature(signature, content -> {
                try {
                    return DetachedSignature.sign(content.readAllBytes(), key);
                } catch (ConformanceException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }, options);
            document.saveIncremental(signed);
        } catch (IOException e) {
            throw new ConformanceException(e, "signing.failed", e.getMessage());
        }
        try {
            Files.write(pdf, signed.toByteArray());
        } catch (IOException e) {
            throw new ConformanceException(e, "report.cannotWrite", pdf, e.getMessage());
        }
    }

    /** Checks the last signature of a PDF: the CMS over its byte ranges, and that nothing follows what was signed. */
    public static DetachedSignature.Check verify(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return new DetachedSignature.Check(false, "", null, "the PDF carries no signature");
            }
            PDSignature signature = signatures.get(signatures.size() - 1);
            int[] range = signature.getByteRange();
            DetachedSignature.Check check = DetachedSignature.verify(signature.getSignedContent(pdf), signature.getContents(pdf));
            if (check.valid() && (long) range[2] + range[3] != pdf.length) {
                return new DetachedSignature.Check(false, check.signer(), check.signingTime(),
                        "something was added to the file after it was signed");
            }
            return check;
        } catch (IOException | RuntimeException e) {
            return new DetachedSignature.Check(false, "", null, "the PDF cannot be read (" + e.getMessage() + ")");
        }
    }

    /** A value the PDF writer recorded in the document information ({@link #RUN_ID}, ...), or null. */
    public static String information(byte[] pdf, String key) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation information = document.getDocumentInformation();
            return information == null ? null : information.getCustomMetadataValue(key);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The CMS bytes of the last signature, for the ledger. */
    public static byte[] signatureBytes(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            return signatures.isEmpty() ? new byte[0] : signatures.get(signatures.size() - 1).getContents(pdf);
        }
    }

}

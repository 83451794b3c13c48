package org.normative.conformance.check.document;

import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.CheckDeclaration;
import org.normative.conformance.check.CheckKind;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.check.SuiteResources;

/**
 * {@code <check kind="document" profile="resources/security-document.yaml"/>}: checks a PDF (PDFBox) or DOCX (POI)
 * against a document profile of the suite package: required sections by heading, in order where required,
 * metadata, page count, embedded fonts, text present (not a scan), text length, forbidden phrases. Encrypted,
 * broken and hostile files give {@code ERROR} with a plain message. The profile format is in
 * {@code docs/suite-authoring.md}.
 */
public final class DocumentKind implements CheckKind {

    public static final String ID = "document";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public PreparedCheck prepare(CheckDeclaration declaration, SuiteResources resources) throws ConformanceException {
        return new DocumentCheck(ProfileReader.read(resources, declaration.require("profile"), declaration.testCase()));
    }
}

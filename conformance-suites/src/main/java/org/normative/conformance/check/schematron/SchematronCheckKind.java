package org.normative.conformance.check.schematron;

import java.nio.file.Path;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.CheckDeclaration;
import org.normative.conformance.check.CheckKind;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.check.SuiteResources;

/**
 * {@code <check kind="schematron" schema="rules/invoice.sch" phase="..."/>}: ISO Schematron with the XSLT 2.0 query
 * binding, compiled with SchXslt on Saxon-HE (see ADR 0008), or a precompiled validation stylesheet
 * ({@code schema="xslt/EN16931-UBL-validation.xslt"}). The optional phase applies to {@code .sch} only: a
 * precompiled stylesheet has its phase built in.
 */
public final class SchematronCheckKind implements CheckKind {

    public static final String ID = "schematron";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public PreparedCheck prepare(CheckDeclaration declaration, SuiteResources resources) throws ConformanceException {
        String schemaPath = declaration.require("schema");
        Path file = resources.resolve(schemaPath);
        String phase = declaration.attribute("phase");
        if (phase != null && !CompiledSchematrons.isSchematron(file)) {
            throw new ConformanceException("schematron.phaseNeedsSch", declaration.testCase(), schemaPath, phase);
        }
        try {
            return new SchematronCheck(CompiledSchematrons.compile(file, phase, resources), resources);
        } catch (SchematronException e) {
            throw new ConformanceException(e, "schematron.invalid", declaration.testCase(), schemaPath, e.getMessage());
        }
    }
}

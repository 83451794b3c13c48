package org.normative.conformance.check.openapi;

import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.CheckDeclaration;
import org.normative.conformance.check.CheckKind;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.check.SuiteResources;

/**
 * {@code <check kind="openapi-rules" ruleset="resources/api.spectral.yaml"/>}: checks an OpenAPI 2.0, 3.0 or 3.1
 * description (JSON or YAML) against a rule set in Spectral's format, loaded from the suite package as it is
 * published (see {@link RulesetLoader}). Findings carry the rule's name, its severity, its message, the JSON
 * pointer of the place in the file, and its line and column.
 */
public final class OpenApiRulesKind implements CheckKind {

    public static final String ID = "openapi-rules";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public PreparedCheck prepare(CheckDeclaration declaration, SuiteResources resources) throws ConformanceException {
        return new OpenApiRulesCheck(new RulesetLoader(resources, declaration.testCase()).load(declaration.require("ruleset")));
    }
}

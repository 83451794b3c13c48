package org.normative.conformance.check.openapi;

import java.util.List;
import org.normative.conformance.check.CheckContext;

/** {@code truthy}, {@code falsy}, {@code defined} and {@code undefined}, on values of any type. */
enum PresenceFunction implements RuleFunction {
    TRUTHY("must be truthy"),
    FALSY("must be falsy"),
    DEFINED("must be defined"),
    UNDEFINED("must be undefined");

    private final String requirement;

    PresenceFunction(String requirement) {
        this.requirement = requirement;
    }

    @Override
    public List<Problem> check(Target target, CheckContext context) {
        var value = target.node().value;
        boolean holds = switch (this) {
            case TRUTHY -> JsValues.truthy(value);
            case FALSY -> !JsValues.truthy(value);
            case DEFINED -> !JsValues.undefined(value);
            case UNDEFINED -> JsValues.undefined(value);
        };
        return holds ? List.of() : Problem.of(RuleFunction.property(target.node()) + requirement);
    }
}

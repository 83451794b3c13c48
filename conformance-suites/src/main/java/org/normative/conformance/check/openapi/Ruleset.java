package org.normative.conformance.check.openapi;

import java.util.List;

/**
 * A rule set as loaded, its {@code extends} followed: the rules that run, those that cannot (with the reasons),
 * and the names of those turned off.
 */
record Ruleset(List<Rule> rules, List<UntestedRule> untested, List<String> disabled) {

    Ruleset {
        rules = List.copyOf(rules);
        untested = List.copyOf(untested);
        disabled = List.copyOf(disabled);
    }
}

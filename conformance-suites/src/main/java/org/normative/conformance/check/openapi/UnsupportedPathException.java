package org.normative.conformance.check.openapi;

/** A JSONPath (or a filter in it) that this evaluator does not understand; the rule is then not tested. */
final class UnsupportedPathException extends Exception {

    final String expression;
    final int position;

    UnsupportedPathException(String expression, int position) {
        super("cannot evaluate \"" + expression + "\" from position " + position, null, false, false);
        this.expression = expression;
        this.position = position;
    }
}

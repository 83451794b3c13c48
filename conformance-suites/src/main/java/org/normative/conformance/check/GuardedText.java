package org.normative.conformance.check;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A string whose characters cost a look at the running check's stop now and then: what a regular expression is
 * matched over when the text comes from a submitted artifact, so that a pattern such as {@code ^(a+)+$}
 * backtracking over a vendor's "aaaa...!" still answers to the time limit and cancel. A stopped check surfaces as
 * an {@link UncheckedIOException} around the checkpoint's {@link java.io.InterruptedIOException}.
 */
public final class GuardedText implements CharSequence {

    /** Characters read between two looks at the clock. */
    private static final int CHECK_EVERY = 4_096;

    private final String text;
    private final CheckContext context;
    private int reads;

    public GuardedText(String text, CheckContext context) {
        this.text = text;
        this.context = context;
    }

    @Override
    public char charAt(int index) {
        if (++reads % CHECK_EVERY == 0) {
            try {
                context.checkpoint();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}

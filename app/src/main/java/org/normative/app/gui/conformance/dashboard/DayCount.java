package org.normative.app.gui.conformance.dashboard;

import org.normative.conformance.run.OverallVerdict;

/** How many runs on one day came to one verdict: a point of the runs-over-time chart. */
public record DayCount(String day, OverallVerdict verdict, int count) {
}

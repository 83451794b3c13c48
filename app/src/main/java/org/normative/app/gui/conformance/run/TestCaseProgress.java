package org.normative.app.gui.conformance.run;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.normative.conformance.result.Verdict;

/** One test case of a running suite: waiting, running, or done with its verdict. */
public final class TestCaseProgress {

    /** Where a test case is in the run. */
    public enum State {
        WAITING,
        RUNNING,
        DONE
    }

    private final String id;
    private final String title;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.WAITING);
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();

    public TestCaseProgress(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    public ObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }
}

package org.normative.app.gui.navigator;

import java.util.List;

/** One entry of the navigator tree: what it stands for ({@code kind} and {@code code}) and what it shows. */
public record NavigatorNode(Kind kind, String code, String label, List<NavigatorNode> children) {

    public enum Kind { ROOT, FRAMEWORK_NODE, COMMITTEE, STANDARD, UNPLACED }

    public NavigatorNode {
        children = List.copyOf(children);
    }

    public boolean isStandard() {
        return kind == Kind.STANDARD;
    }
}

package org.normative.app.gui.navigator;

import java.util.List;

/**
 * One entry of the navigator tree: what it stands for ({@code kind} and {@code code}), what it shows, and a short
 * badge (the stage code of a standard's current edition; empty for others).
 */
public record NavigatorNode(Kind kind, String code, String label, String badge, List<NavigatorNode> children) {

    public enum Kind { ROOT, FRAMEWORK_NODE, COMMITTEE, STANDARD, UNPLACED }

    public NavigatorNode {
        children = List.copyOf(children);
    }

    public boolean isStandard() {
        return kind == Kind.STANDARD;
    }
}

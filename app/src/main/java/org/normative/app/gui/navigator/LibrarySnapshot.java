package org.normative.app.gui.navigator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.normative.standards.library.Committee;
import org.normative.standards.library.FrameworkNode;
import org.normative.standards.library.Standard;

/** The library as loaded for the navigator and the inspector: read once in the background, then looked up in memory. */
public record LibrarySnapshot(List<Committee> committees, List<FrameworkNode> framework, List<Standard> standards) {

    public static final LibrarySnapshot EMPTY = new LibrarySnapshot(List.of(), List.of(), List.of());

    public LibrarySnapshot {
        committees = List.copyOf(committees);
        framework = List.copyOf(framework);
        standards = List.copyOf(standards);
    }

    public Optional<Committee> committee(String code) {
        return Optional.ofNullable(index(committees, Committee::code).get(code));
    }

    public Optional<FrameworkNode> frameworkNode(String code) {
        return Optional.ofNullable(index(framework, FrameworkNode::code).get(code));
    }

    public Optional<Standard> standard(String code) {
        return Optional.ofNullable(index(standards, Standard::code).get(code));
    }

    public List<Standard> standardsOfCommittee(String code) {
        return standards.stream().filter(s -> code.equals(s.committeeCode())).toList();
    }

    public List<Standard> standardsOfFrameworkNode(String code) {
        return standards.stream().filter(s -> code.equals(s.frameworkCode())).toList();
    }

    /** Standards placed on the node or on any node below it. */
    public List<Standard> standardsUnderFrameworkNode(String code) {
        java.util.Set<String> codes = new java.util.HashSet<>();
        codes.add(code);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (FrameworkNode node : framework) {
                if (node.parentCode() != null && codes.contains(node.parentCode()) && codes.add(node.code())) {
                    grew = true;
                }
            }
        }
        return standards.stream().filter(s -> s.frameworkCode() != null && codes.contains(s.frameworkCode())).toList();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(key.apply(item), item));
        return map;
    }
}

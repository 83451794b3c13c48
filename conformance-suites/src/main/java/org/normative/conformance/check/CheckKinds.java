package org.normative.conformance.check;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.normative.conformance.ConformanceException;

/** The check kinds on the class path, by id. */
public final class CheckKinds {

    private final Map<String, CheckKind> byId;

    private CheckKinds(Map<String, CheckKind> byId) {
        this.byId = byId;
    }

    /** The kinds that {@link ServiceLoader} finds. */
    public static CheckKinds installed() {
        Map<String, CheckKind> kinds = new TreeMap<>();
        for (CheckKind kind : ServiceLoader.load(CheckKind.class, CheckKinds.class.getClassLoader())) {
            kinds.putIfAbsent(kind.id(), kind);
        }
        return new CheckKinds(kinds);
    }

    public static CheckKinds of(List<CheckKind> kinds) {
        Map<String, CheckKind> map = new TreeMap<>();
        kinds.forEach(kind -> map.put(kind.id(), kind));
        return new CheckKinds(map);
    }

    /** The kind with this id; an unknown kind is refused with the kinds there are. */
    public CheckKind get(String id, String testCase) throws ConformanceException {
        CheckKind kind = byId.get(id);
        if (kind == null) {
            throw new ConformanceException("suite.check.unknownKind", testCase, id, String.join(", ", byId.keySet()));
        }
        return kind;
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }
}

package org.normative.conformance.input.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A JSON or YAML document read into a tree, with the duplicate names met on the way.
 *
 * @param depth how deep objects and arrays nest in it: 0 for a scalar, 1 for a flat object
 */
public record JsonDocument(JsonNode root, List<DuplicateKey> duplicateKeys, int depth) {

    public JsonDocument {
        duplicateKeys = List.copyOf(duplicateKeys);
    }
}

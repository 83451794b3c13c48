package org.normative.conformance.input.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A JSON or YAML document read into a tree, with the duplicate names met on the way. */
public record JsonDocument(JsonNode root, List<DuplicateKey> duplicateKeys) {

    public JsonDocument {
        duplicateKeys = List.copyOf(duplicateKeys);
    }
}

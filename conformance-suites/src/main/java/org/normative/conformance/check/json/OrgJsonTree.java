package org.normative.conformance.check.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * A Jackson tree as the org.json values everit validates. The tree was read by the hardened reader, so its depth
 * is bounded and this recursion is too; org.json's own parser, recursive and unbounded, never sees raw input.
 * Numbers keep the types org.json itself gives them: int, long, BigInteger, BigDecimal.
 */
final class OrgJsonTree {

    private OrgJsonTree() {
    }

    static Object of(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                JSONObject object = new JSONObject();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    object.put(field.getKey(), of(field.getValue()));
                }
                return object;
            }
            case ARRAY -> {
                JSONArray array = new JSONArray();
                for (JsonNode item : node) {
                    array.put(of(item));
                }
                return array;
            }
            case STRING -> {
                return node.textValue();
            }
            case NUMBER -> {
                return node.numberValue();
            }
            case BOOLEAN -> {
                return node.booleanValue();
            }
            default -> {
                return JSONObject.NULL;
            }
        }
    }
}

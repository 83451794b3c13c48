package org.normative.conformance.input.json;

import org.normative.conformance.submission.MediaTypes;

/** The two syntaxes a JSON tree is read from. YAML is read as what JSON can say: no custom tags, no objects. */
public enum JsonFormat {
    JSON,
    YAML;

    /**
     * JSON when the content was detected as JSON (it opens an object or array), YAML otherwise: YAML reads the JSON
     * scalars the same, and the detector cannot tell every YAML file from plain text.
     */
    public static JsonFormat of(String mediaType) {
        return MediaTypes.JSON.equals(mediaType) || MediaTypes.JSON_LINES.equals(mediaType) ? JSON : YAML;
    }
}

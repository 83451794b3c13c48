package org.normative.conformance.input.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import org.normative.conformance.check.Limits;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Jackson parsers for untrusted JSON and YAML, bounded by {@link Limits}: nesting depth, document length, and
 * lengths of single strings, numbers and names. YAML goes through SnakeYAML's event parser only, so no tag ever
 * constructs an object; aliases and the nesting depth are bounded by {@link JsonTreeReader}, which sees them.
 */
final class JsonParsers {

    /** Longest single string: large enough for an embedded base64 image, far below the heap. */
    static final int MAX_STRING_LENGTH = 64 << 20;
    /** Longest number literal; Jackson's default, bounding the cost of BigDecimal arithmetic. */
    static final int MAX_NUMBER_LENGTH = 1_000;
    static final int MAX_NAME_LENGTH = 50_000;

    private final JsonFactory json;
    private final AnchorAwareYamlFactory yaml;

    JsonParsers(Limits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth() + 1) // JsonTreeReader refuses first, with the place
                .maxDocumentLength(limits.maxTreeBytes())
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .build();
        json = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        LoaderOptions loader = new LoaderOptions();
        loader.setMaxAliasesForCollections(limits.maxYamlAliases());
        loader.setNestingDepthLimit(limits.maxNestingDepth());
        loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxTreeBytes()));
        loader.setAllowRecursiveKeys(false);
        loader.setAllowDuplicateKeys(true); // reported as findings by JsonTreeReader, as for JSON
        yaml = new AnchorAwareYamlFactory(YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(constraints)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION));
    }

    JsonParser open(InputStream in, JsonFormat format) throws IOException {
        return format == JsonFormat.YAML ? yaml.createParser(in) : json.createParser(in);
    }
}

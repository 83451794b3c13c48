package org.normative.conformance.input.json;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * Jackson's YAML factory with parsers that tell the anchor of every node. Jackson reports an alias as a string
 * holding the anchor's name and forgets the anchors of scalars; {@link JsonTreeReader} needs both to expand
 * aliases as YAML means them.
 */
final class AnchorAwareYamlFactory extends YAMLFactory {

    AnchorAwareYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected YAMLParser _createParser(InputStream in, IOContext context) throws IOException {
        return new Parser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
                _createReader(in, null, context));
    }

    /** A YAML parser that tells the anchor of the current node. */
    static final class Parser extends YAMLParser {

        Parser(IOContext context, int features, int yamlFeatures, LoaderOptions options, ObjectCodec codec, Reader reader) {
            super(context, features, yamlFeatures, options, codec, reader);
        }

        /** The anchor ({@code &name}) the current value is given, or null. */
        String anchor() {
            return _lastEvent instanceof NodeEvent node && !(node instanceof AliasEvent) ? node.getAnchor() : null;
        }
    }
}

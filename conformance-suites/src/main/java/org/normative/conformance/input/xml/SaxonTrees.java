package org.normative.conformance.input.xml;

import java.io.InputStream;
import java.io.InterruptedIOException;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.Configuration;
import net.sf.saxon.lib.Feature;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.Limits;
import org.normative.conformance.submission.Artifact;
import org.xml.sax.XMLReader;

/**
 * Saxon, set up for untrusted input. One {@link Processor} for the JVM: compiled stylesheets and the trees they run
 * on must share a configuration, and compiled Schematron is cached across suites. By default it reads nothing
 * from outside (no {@code doc()}, {@code unparsed-text()}, {@code collection()}, no extension functions);
 * compilers and transformers that need suite files get a {@link PackageResolver}. Artifacts become trees through
 * the hardened SAX reader, never through Saxon's own parsing.
 */
public final class SaxonTrees {

    private static final Processor PROCESSOR = newProcessor();

    private SaxonTrees() {
    }

    public static Processor processor() {
        return PROCESSOR;
    }

    /**
     * The artifact as a Saxon tree. The whole document is held in memory, so an artifact larger than
     * {@link Limits#maxTreeBytes()} is refused before reading.
     */
    public static XdmNode tree(Artifact artifact, InputStream in, Limits limits)
            throws ArtifactException, InterruptedIOException {
        SafeXml.requireXmlLooking(artifact);
        if (artifact.size() > limits.maxTreeBytes()) {
            throw new ArtifactException("xml.tooBigForTree", artifact.name(), artifact.size(), limits.maxTreeBytes());
        }
        SafeXml safeXml = new SafeXml(limits);
        XMLReader reader = safeXml.newReader();
        DocumentBuilder builder = PROCESSOR.newDocumentBuilder();
        try {
            return builder.build(new SAXSource(reader, SafeXml.source(in, artifact)));
        } catch (SaxonApiException e) {
            throw safeXml.explain(e, artifact, reader);
        }
    }

    private static Processor newProcessor() {
        Processor processor = new Processor(false);
        Configuration configuration = processor.getUnderlyingConfiguration();
        configuration.setConfigurationProperty(Feature.ALLOW_EXTERNAL_FUNCTIONS, false);
        configuration.setConfigurationProperty(Feature.XINCLUDE, false);
        configuration.setResourceResolver(request -> {
            throw PackageResolver.refused(request.uri != null ? request.uri : request.relativeUri);
        });
        configuration.setUnparsedTextURIResolver((uri, encoding, config) -> {
            throw PackageResolver.refused(String.valueOf(uri));
        });
        configuration.setCollectionFinder((context, uri) -> {
            throw PackageResolver.refused(uri);
        });
        return processor;
    }
}

package org.normative.conformance.check.xml;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.normative.conformance.check.SuiteResources;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * Resolves a schema's {@code xs:import}, {@code xs:include} and {@code xs:redefine} inside the suite package and
 * nowhere else: relative to the including file, or through the check's namespace-to-file map (a small catalog,
 * which also redirects an {@code http://} schema location to the package's copy). Anything else (the network, a
 * file outside the package, a missing file) is refused: it gets an empty document, and the first refusal is kept
 * so that the check kind can name it instead of the validator's vague "failed to read schema document".
 */
final class PackageSchemaResolver implements LSResourceResolver {

    private final SuiteResources resources;
    private final Map<String, Path> byNamespace;
    private final DOMImplementationLS dom;
    private volatile Refusal refusal;

    /** An import or include that was refused: what it asked for and which file asked. */
    record Refusal(String reference, String from) {
    }

    PackageSchemaResolver(SuiteResources resources, Map<String, Path> byNamespace) {
        this.resources = resources;
        this.byNamespace = Map.copyOf(byNamespace);
        try {
            this.dom = (DOMImplementationLS) DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                    .getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK has a DOM implementation", e);
        }
    }

    /** The first refusal, or null. */
    Refusal refusal() {
        return refusal;
    }

    @Override
    public LSInput resolveResource(String type, String namespaceURI, String publicId, String systemId, String baseURI) {
        Path mapped = namespaceURI == null ? null : byNamespace.get(namespaceURI);
        if (mapped != null) {
            return input(mapped, publicId);
        }
        if (systemId == null) {
            return null; // an import without a location loads nothing
        }
        Path file = insidePackage(systemId, baseURI);
        if (file == null) {
            if (refusal == null) {
                refusal = new Refusal(systemId, baseURI == null ? "" : fileName(baseURI));
            }
            LSInput empty = dom.createLSInput();
            empty.setStringData("");
            empty.setSystemId(systemId);
            return empty;
        }
        return input(file, publicId);
    }

    private Path insidePackage(String systemId, String baseURI) {
        try {
            URI reference = new URI(systemId);
            URI resolved = reference.isAbsolute() || baseURI == null ? reference : new URI(baseURI).resolve(reference);
            if (!"file".equalsIgnoreCase(resolved.getScheme())) {
                return null;
            }
            Path file = Path.of(resolved).normalize();
            return resources.contains(file) && Files.isRegularFile(file) ? file : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private LSInput input(Path file, String publicId) {
        LSInput input = dom.createLSInput();
        input.setSystemId(file.toUri().toString());
        input.setPublicId(publicId);
        return input; // the validator opens it: a file: URI inside the package, checked above
    }

    private String fileName(String uri) {
        try {
            Path file = Path.of(new URI(uri));
            return resources.contains(file) ? resources.root().relativize(file.normalize()).toString() : uri;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return uri;
        }
    }
}

package org.normative.conformance.input.xml;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.Configuration;
import net.sf.saxon.lib.ResourceRequest;
import net.sf.saxon.lib.ResourceResolver;
import net.sf.saxon.lib.UnparsedTextURIResolver;
import net.sf.saxon.trans.XPathException;
import org.normative.conformance.check.Limits;
import org.normative.conformance.check.SuiteResources;
import org.xml.sax.InputSource;

/**
 * What Saxon may read while it compiles or runs a suite's stylesheet: files of the suite package (an
 * {@code xsl:include}, a Schematron {@code sch:include}, a code list read with {@code doc()}) and nothing else.
 * A URI outside the package, on the network or of any other scheme is refused with an error that names it, so
 * neither a stylesheet nor a value taken from a submitted artifact can make Saxon read a file or open a connection.
 */
public final class PackageResolver implements ResourceResolver, UnparsedTextURIResolver {

    private final SuiteResources resources;
    private final Consumer<Path> onRead;

    /** @param onRead told of every file read, so that a cache can tell when one changes */
    public PackageResolver(SuiteResources resources, Consumer<Path> onRead) {
        this.resources = resources;
        this.onRead = onRead;
    }

    @Override
    public Source resolve(ResourceRequest request) throws XPathException {
        String uri = absolute(request.uri, request.baseUri, request.relativeUri);
        Path file = insidePackage(uri);
        onRead.accept(file);
        // parsed like an artifact (no DOCTYPE, no entities): suite files are trusted for rules, not for entities
        return new SAXSource(new SafeXml(Limits.DEFAULT).newReader(), new InputSource(file.toUri().toString()));
    }

    @Override
    public Reader resolve(URI absoluteURI, String encoding, Configuration config) throws XPathException {
        Path file = insidePackage(absoluteURI.toString());
        onRead.accept(file);
        try {
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return Files.newBufferedReader(file, charset);
        } catch (IOException | IllegalArgumentException e) {
            throw new XPathException("cannot read " + file.getFileName() + ": " + e.getMessage());
        }
    }

    private Path insidePackage(String uri) throws XPathException {
        try {
            URI parsed = new URI(uri);
            if ("file".equalsIgnoreCase(parsed.getScheme())) {
                Path file = Path.of(parsed).normalize();
                if (resources.contains(file) && Files.isRegularFile(file)) {
                    return file;
                }
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // refused below, like any other address
        }
        throw refused(uri);
    }

    private static String absolute(String uri, String base, String relative) {
        if (uri != null) {
            return uri;
        }
        try {
            return base == null ? relative : new URI(base).resolve(relative).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return relative;
        }
    }

    /** The error for a resource outside the package; Saxon reports it as a dynamic or static error. */
    static XPathException refused(String uri) {
        return new XPathException("reading " + uri + " is not allowed: only files of the suite package are read",
                "NRMV0001");
    }
}

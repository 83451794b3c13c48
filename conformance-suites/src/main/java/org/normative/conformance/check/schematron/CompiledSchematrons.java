package org.normative.conformance.check.schematron;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XmlProcessingError;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.XsltTransformer;
import net.sf.saxon.trans.XPathException;
import org.normative.conformance.check.Limits;
import org.normative.conformance.check.SuiteResources;
import org.normative.conformance.input.xml.PackageResolver;
import org.normative.conformance.input.xml.SafeXml;
import org.normative.conformance.input.xml.SaxonTrees;
import org.normative.conformance.submission.ArtifactIntake;
import org.xml.sax.InputSource;

/**
 * Schematron compiled to an {@link XsltExecutable}: an ISO Schematron {@code .sch} through SchXslt's XSLT 2.0
 * pipeline (include, expand, compile for SVRL), or a stylesheet that was compiled before ({@code .xsl},
 * {@code .xslt}) as it is. Compiling takes seconds for a large rule set (EN 16931), and suites may be loaded many
 * times, so the result is cached for the JVM by the SHA-256 of the main file and the phase, and reused while every
 * file the compilation read (includes, imports) still has the same content.
 */
final class CompiledSchematrons {

    private static final int MAX_CACHED = 32;
    private static final long COMPILER_STACK_BYTES = 256L << 20;
    private static final Map<String, Compiled> CACHE = new ConcurrentHashMap<>();

    private CompiledSchematrons() {
    }

    /** A file the compilation read, relative to the main file's folder, and its SHA-256. */
    private record Dependency(String relativePath, String sha256) {
    }

    private record Compiled(XsltExecutable executable, List<Dependency> dependencies) {
    }

    /** The compiled form of {@code file}, from the cache when nothing it was made from changed. */
    static XsltExecutable compile(Path file, String phase, SuiteResources resources) throws SchematronException {
        String key;
        try {
            key = ArtifactIntake.sha256(file) + "#" + (phase == null ? "" : phase);
        } catch (IOException e) {
            throw new SchematronException(e.getMessage(), e);
        }
        Compiled cached = CACHE.get(key);
        if (cached != null && unchanged(cached, file.getParent())) {
            return cached.executable();
        }
        Compiled fresh = onLargeStack(() -> build(file, phase, resources));
        if (CACHE.size() >= MAX_CACHED) {
            CACHE.clear();
        }
        CACHE.put(key, fresh);
        return fresh.executable();
    }

    private interface Compilation {
        Compiled run() throws SchematronException;
    }

    /**
     * Runs a compilation on a thread of its own with a large stack: SchXslt and Saxon's compiler recurse over the
     * rule set, and EN 16931's thousand rules overflow a default thread stack.
     */
    private static Compiled onLargeStack(Compilation compilation) throws SchematronException {
        Compiled[] compiled = new Compiled[1];
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                compiled[0] = compilation.run();
            } catch (SchematronException | RuntimeException | Error e) {
                failure[0] = e;
            }
        }, "schematron-compiler", COMPILER_STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new SchematronException("interrupted while compiling", e);
        }
        if (failure[0] instanceof SchematronException e) {
            throw e;
        }
        if (failure[0] instanceof StackOverflowError e) {
            throw new SchematronException("the rules nest too deeply to compile", e);
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        return compiled[0];
    }

    private static boolean unchanged(Compiled compiled, Path folder) {
        for (Dependency dependency : compiled.dependencies()) {
            Path file = folder.resolve(dependency.relativePath()).normalize();
            try {
                if (!Files.isRegularFile(file) || !ArtifactIntake.sha256(file).equals(dependency.sha256())) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    private static Compiled build(Path file, String phase, SuiteResources resources) throws SchematronException {
        Set<Path> read = new LinkedHashSet<>();
        PackageResolver resolver = new PackageResolver(resources, read::add);
        Processor processor = SaxonTrees.processor();
        XsltCompiler compiler = processor.newXsltCompiler();
        compiler.setResourceResolver(resolver);
        List<XmlProcessingError> errors = new ArrayList<>();
        compiler.setErrorList(errors);
        List<String> messages = new ArrayList<>();
        try {
            Source stylesheet = isSchematron(file) ? schXslt(file, phase, resolver, messages) : suiteFile(file);
            XsltExecutable executable = compiler.compile(stylesheet);
            return new Compiled(executable, dependencies(file.getParent(), read));
        } catch (SaxonApiException e) {
            throw new SchematronException(describe(e, errors, messages), e);
        }
    }

    static boolean isSchematron(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".sch");
    }

    /** Runs SchXslt's pipeline over the .sch: the result is the validating stylesheet, with the .sch's base URI. */
    private static Source schXslt(Path file, String phase, PackageResolver resolver, List<String> messages)
            throws SaxonApiException {
        XsltTransformer pipeline = SchXslt.PIPELINE.load();
        pipeline.setSource(suiteFile(file));
        if (phase != null) {
            pipeline.setParameter(new QName("phase"), new XdmAtomicValue(phase));
        }
        pipeline.setResourceResolver(resolver);
        pipeline.setMessageHandler(message -> messages.add(message.getStringValue()));
        XdmDestination stylesheet = new XdmDestination();
        stylesheet.setBaseURI(file.toUri());
        pipeline.setDestination(stylesheet);
        pipeline.transform();
        return stylesheet.getXdmNode().asSource();
    }

    private static Source suiteFile(Path file) {
        return new SAXSource(new SafeXml(Limits.DEFAULT).newReader(), new InputSource(file.toUri().toString()));
    }

    private static List<Dependency> dependencies(Path folder, Set<Path> files) throws SchematronException {
        List<Dependency> dependencies = new ArrayList<>();
        try {
            for (Path file : files) {
                dependencies.add(new Dependency(folder.relativize(file).toString(), ArtifactIntake.sha256(file)));
            }
        } catch (IOException e) {
            throw new SchematronException(e.getMessage(), e);
        }
        return dependencies;
    }

    private static String describe(SaxonApiException e, List<XmlProcessingError> errors, List<String> messages) {
        StringBuilder text = new StringBuilder();
        for (XmlProcessingError error : errors) {
            if (!error.isWarning()) {
                text.append(error.getMessage());
                if (error.getLocation() != null && error.getLocation().getLineNumber() > 0) {
                    text.append(" (line ").append(error.getLocation().getLineNumber()).append(')');
                }
                break;
            }
        }
        if (text.isEmpty()) {
            text.append(e.getMessage());
        }
        messages.stream().limit(3).forEach(message -> text.append("; ").append(message.strip()));
        return text.toString();
    }

    /** SchXslt's pipeline, compiled once from its jar; it reads only its own files. */
    private static final class SchXslt {
        static final XsltExecutable PIPELINE = load();

        private static XsltExecutable load() {
            URL pipeline = CompiledSchematrons.class.getResource("/xslt/2.0/pipeline-for-svrl.xsl");
            if (pipeline == null) {
                throw new IllegalStateException("SchXslt is not on the class path");
            }
            String home = pipeline.toExternalForm().substring(0, pipeline.toExternalForm().lastIndexOf('/') + 1);
            XsltCompiler compiler = SaxonTrees.processor().newXsltCompiler();
            compiler.setResourceResolver(request -> {
                if (request.uri == null || !request.uri.startsWith(home)) {
                    throw new XPathException("SchXslt reads only its own files, not " + request.uri);
                }
                return open(request.uri);
            });
            try (InputStream in = pipeline.openStream()) {
                return compiler.compile(new StreamSource(in, pipeline.toExternalForm()));
            } catch (IOException | SaxonApiException e) {
                throw new IllegalStateException("SchXslt's pipeline does not compile", e);
            }
        }

        private static Source open(String uri) throws XPathException {
            try {
                return new StreamSource(new URL(uri).openStream(), uri);
            } catch (IOException e) {
                throw new XPathException("cannot read SchXslt's " + uri + ": " + e.getMessage());
            }
        }
    }
}

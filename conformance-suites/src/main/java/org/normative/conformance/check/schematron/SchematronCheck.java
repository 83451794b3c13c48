package org.normative.conformance.check.schematron;

import java.io.IOException;
import java.io.InputStream;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.SaxonApiUncheckedException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.XsltTransformer;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.CheckContext;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.check.SuiteResources;
import org.normative.conformance.input.xml.PackageResolver;
import org.normative.conformance.input.xml.SafeXml;
import org.normative.conformance.input.xml.SaxonTrees;
import org.normative.conformance.submission.Artifact;

/**
 * Runs a compiled Schematron over one artifact: the artifact becomes a Saxon tree through the hardened parser
 * (bounded by {@code Limits.maxTreeBytes}), the stylesheet writes SVRL straight into {@link SvrlFindings}. The
 * stylesheet reads suite files only; {@code xsl:result-document} is refused. A runaway transform is stopped at
 * the next SVRL element it writes once the time is up or the run is cancelled; one XPath expression that runs
 * forever without writing anything is not interruptible in Saxon-HE (see docs/en16931-agreement.md).
 */
final class SchematronCheck implements PreparedCheck {

    private final XsltExecutable executable;
    private final SuiteResources resources;

    SchematronCheck(XsltExecutable executable, SuiteResources resources) {
        this.executable = executable;
        this.resources = resources;
    }

    XsltExecutable executable() {
        return executable;
    }

    @Override
    public void check(Artifact artifact, CheckContext context) throws ArtifactException, IOException {
        XdmNode document;
        try (InputStream in = context.open(artifact)) {
            document = SaxonTrees.tree(artifact, in, context.limits());
        }
        context.checkpoint();
        XsltTransformer transformer = executable.load();
        PackageResolver suiteFilesOnly = new PackageResolver(resources, file -> { });
        transformer.setResourceResolver(suiteFilesOnly);
        transformer.setUnparsedTextResolver(suiteFilesOnly);
        transformer.setResultDocumentHandler(uri -> {
            throw new SaxonApiUncheckedException(new SaxonApiException("xsl:result-document is not allowed: " + uri));
        });
        transformer.setMessageHandler(message -> { }); // a rule's xsl:message is not a finding
        transformer.setErrorReporter(error -> { }); // an error ends the transform and is reported as the artifact's
        transformer.setInitialContextNode(document);
        transformer.setDestination(new SAXDestination(new SvrlFindings(context, artifact.name())));
        try {
            transformer.transform();
        } catch (SaxonApiException | SaxonApiUncheckedException e) {
            SafeXml.rethrowIfStopped(e);
            throw new ArtifactException(e, "schematron.failed", artifact.name(), String.valueOf(e.getMessage()));
        }
        context.checkpoint();
    }
}

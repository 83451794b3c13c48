package org.normative.conformance.check.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.everit.json.schema.loader.SchemaClient;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.Limits;
import org.normative.conformance.check.SuiteResources;
import org.normative.conformance.input.json.HardenedJsonReader;
import org.normative.conformance.input.json.JsonDocument;
import org.normative.conformance.input.json.JsonFormat;
import org.normative.conformance.submission.MediaTypeDetector;

/**
 * Where everit's {@code $ref}s to other documents go: files of the suite package, the bundled draft-07 meta-schema,
 * and folders that the caller names as mirrors of URI prefixes (a test suite's remotes, an offline copy). Nothing
 * else: no network, no file outside the package.
 *
 * <p>Files are read by the hardened reader (so a YAML schema can refer to another YAML schema) and handed to
 * everit re-written as ASCII JSON, since everit decodes them in the platform's charset.
 */
final class PackageSchemaClient implements SchemaClient {

    private static final Map<String, String> BUNDLED = Map.of("http://json-schema.org/draft-07/schema", "draft-07-schema.json");
    private static final ObjectMapper ASCII_JSON = new ObjectMapper(JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build());

    private final SuiteResources resources;
    private final Map<String, Path> mirrors;
    private final String testCase;
    private final HardenedJsonReader reader = new HardenedJsonReader(Limits.DEFAULT);
    private String idPrefix;
    private Path idFolder;
    private String rootId;
    private Path rootFile;

    /** @param mirrors URI prefixes (ending in "/") and the folders that hold what lies under them, tried in order */
    PackageSchemaClient(SuiteResources resources, Map<String, Path> mirrors, String testCase) {
        this.resources = resources;
        this.mirrors = new LinkedHashMap<>(mirrors);
        this.testCase = testCase;
    }

    @Override
    public InputStream get(String url) {
        try {
            return open(url);
        } catch (ConformanceException e) {
            throw new RefusedReference(e);
        } catch (IOException e) {
            throw new RefusedReference(new ConformanceException(e, "jsonSchema.refUnreadable", testCase, url, String.valueOf(e.getMessage())));
        }
    }

    private InputStream open(String url) throws ConformanceException, IOException {
        int hash = url.indexOf('#');
        String document = hash < 0 ? url : url.substring(0, hash);
        String bundled = BUNDLED.get(document.replaceFirst("^https:", "http:"));
        if (bundled != null) {
            return PackageSchemaClient.class.getResourceAsStream(bundled);
        }
        if (document.equals(rootId)) {
            return json(rootFile, url); // the root schema by its own $id, as a URN say: everit does not see it is itself
        }
        for (Map.Entry<String, Path> mirror : mirrors.entrySet()) {
            if (document.startsWith(mirror.getKey())) {
                Path folder = mirror.getValue().toAbsolutePath().normalize();
                Path file = folder.resolve(document.substring(mirror.getKey().length())).normalize();
                if (!file.startsWith(folder)) {
                    throw new ConformanceException("jsonSchema.refOutside", testCase, url);
                }
                return json(file, url);
            }
        }
        if (idPrefix != null && document.startsWith(idPrefix)) {
            return packageFile(idFolder.resolve(document.substring(idPrefix.length())), url);
        }
        URI uri;
        try {
            uri = new URI(document);
        } catch (URISyntaxException e) {
            throw new ConformanceException("jsonSchema.refRemote", testCase, url);
        }
        if (!"file".equals(uri.getScheme())) {
            throw new ConformanceException("jsonSchema.refRemote", testCase, url);
        }
        return packageFile(Path.of(uri), url);
    }

    /** Serves the root schema's own {@code $id} (without fragment) from its file. */
    void serveRootAs(String id, Path file) {
        int hash = id.indexOf('#');
        rootId = hash < 0 ? id : id.substring(0, hash);
        rootFile = file;
    }

    /**
     * Serves what lies under the root schema's own {@code $id} folder (e.g. "https://example.org/schemas/") from the
     * schema file's folder, so that a published schema's relative {@code $ref}s find their siblings in the package.
     */
    void mirrorRootId(String prefix, Path folder) {
        idPrefix = prefix;
        idFolder = folder;
    }

    private InputStream packageFile(Path path, String url) throws ConformanceException, IOException {
        Path file = path.toAbsolutePath().normalize();
        if (!resources.contains(file)) {
            // named relative to the package ("../x.json"), as the suite's author wrote it
            throw new ConformanceException("jsonSchema.refOutside", testCase, resources.root().relativize(file));
        }
        return json(file, url);
    }

    private InputStream json(Path file, String url) throws ConformanceException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new ConformanceException("jsonSchema.refMissing", testCase, url);
        }
        String name = resources.contains(file) ? resources.root().relativize(file).toString() : file.getFileName().toString();
        JsonDocument document;
        try (InputStream in = Files.newInputStream(file)) {
            document = reader.read(in, JsonFormat.of(new MediaTypeDetector().detect(file)), name);
        }
        return new ByteArrayInputStream(ASCII_JSON.writeValueAsBytes(document.root()));
    }
}

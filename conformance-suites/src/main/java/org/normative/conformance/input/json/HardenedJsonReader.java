package org.normative.conformance.input.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.CheckContext;
import org.normative.conformance.check.Limits;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.MediaTypeDetector;
import org.normative.conformance.submission.MediaTypes;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads untrusted JSON, YAML and JSON Lines into trees within {@link Limits}, for the JSON-family check kinds.
 * Whatever cannot be read gives an {@link ArtifactException} that says what is wrong and where: line, column
 * and, for JSON, the byte offset. Thread-safe.
 *
 * <p>Findings name places by JSON pointer; {@link #locate} turns pointers back into lines and columns by
 * streaming the source once more, so that no index is kept for documents that pass.
 */
public final class HardenedJsonReader {

    private final Limits limits;
    private final JsonParsers parsers;

    public HardenedJsonReader(Limits limits) {
        this.limits = limits;
        this.parsers = new JsonParsers(limits);
    }

    /** The artifact as one document: YAML when its content was detected as YAML, JSON otherwise. */
    public JsonDocument read(Artifact artifact, CheckContext context) throws ArtifactException, IOException {
        refuseWhatIsNotText(artifact);
        try (InputStream in = context.open(artifact)) {
            return read(in, JsonFormat.of(artifact.mediaType()), artifact.name());
        }
    }

    /**
     * A file of a suite package (a schema, a rule set) as one document, JSON or YAML as its content shows;
     * {@code name} is what messages call it.
     */
    public JsonDocument read(Path file, String name) throws ConformanceException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, JsonFormat.of(new MediaTypeDetector().detect(file)), name);
        } catch (IOException e) {
            throw new ConformanceException(e, "artifact.unreadable", name, e.getMessage());
        }
    }

    /** One document from a stream (a schema file, say); {@code name} is what messages call it. */
    public JsonDocument read(InputStream in, JsonFormat format, String name) throws ArtifactException, IOException {
        return read(in, format, name, UnaryOperator.identity());
    }

    private JsonDocument read(InputStream in, JsonFormat format, String name, UnaryOperator<SourcePosition> place)
            throws ArtifactException, IOException {
        try (JsonParser parser = parsers.open(new StrictUtf8InputStream(in, limits.maxTreeBytes()), format)) {
            return new JsonTreeReader(parser, name, limits, place).read();
        } catch (IOException | YAMLException e) {
            throw ReadFailures.describe(name, e, format, limits, place);
        }
    }

    /**
     * The artifact as JSON Lines, streamed: one document per line, handed over as it is read, so memory depends on
     * the longest line, not on the file. Blank lines are skipped; a line that is not JSON stops the read.
     */
    public void readLines(Artifact artifact, CheckContext context, JsonLineHandler handler) throws ArtifactException, IOException {
        refuseWhatIsNotText(artifact);
        StrictUtf8InputStream in = new StrictUtf8InputStream(context.open(artifact), Long.MAX_VALUE);
        try (in) {
            LineSplitter lines = new LineSplitter(in, limits.maxTreeBytes());
            byte[] text;
            boolean any = false;
            while ((text = lines.next()) != null) {
                if (isBlank(text)) {
                    continue;
                }
                any = true;
                long number = lines.lineNumber();
                long start = lines.lineStart();
                UnaryOperator<SourcePosition> place = position -> position.onLine(number, start);
                JsonDocument document = read(new ByteArrayInputStream(text), JsonFormat.JSON, artifact.name(), place);
                handler.accept(new JsonLine(number, start, text, document));
            }
            if (!any) {
                throw new ArtifactException("json.empty", artifact.name());
            }
        } catch (LineSplitter.LineTooLongException e) {
            throw new ArtifactException(e, "json.lineTooLong", artifact.name(), e.lineNumber, limits.maxTreeBytes());
        } catch (IOException e) {
            throw ReadFailures.describe(artifact.name(), e, JsonFormat.JSON, limits, UnaryOperator.identity());
        }
    }

    /**
     * Where the values at these JSON pointers start in the artifact. A pointer with no place of its own in the
     * source (a path through a YAML alias) gets the place of its nearest ancestor that has one.
     */
    public Map<String, SourcePosition> locate(Artifact artifact, CheckContext context, Collection<String> pointers)
            throws ArtifactException, IOException {
        try (InputStream in = context.open(artifact)) {
            return locate(in, JsonFormat.of(artifact.mediaType()), artifact.name(), pointers, UnaryOperator.identity());
        }
    }

    /** Where the values at these JSON pointers start in the file that held this line. */
    public Map<String, SourcePosition> locate(JsonLine line, String name, Collection<String> pointers)
            throws ArtifactException, IOException {
        return locate(new ByteArrayInputStream(line.text()), JsonFormat.JSON, name, pointers,
                position -> position.onLine(line.number(), line.byteOffset()));
    }

    private Map<String, SourcePosition> locate(InputStream in, JsonFormat format, String name, Collection<String> pointers,
                                               UnaryOperator<SourcePosition> place) throws ArtifactException, IOException {
        Set<String> wanted = new HashSet<>();
        pointers.forEach(pointer -> wanted.addAll(prefixes(pointer)));
        Map<String, SourcePosition> found = new HashMap<>();
        try (JsonParser parser = parsers.open(new StrictUtf8InputStream(in, limits.maxTreeBytes()), format)) {
            JsonToken token;
            while (found.size() < wanted.size() && (token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                    continue;
                }
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                if (wanted.contains(pointer)) {
                    found.putIfAbsent(pointer, place.apply(SourcePosition.of(parser.currentTokenLocation())));
                }
            }
        } catch (IOException | YAMLException e) {
            throw ReadFailures.describe(name, e, format, limits, place);
        }
        Map<String, SourcePosition> located = new HashMap<>();
        for (String pointer : pointers) {
            for (String prefix : prefixes(pointer)) {
                if (found.containsKey(prefix)) {
                    located.put(pointer, found.get(prefix));
                    break;
                }
            }
        }
        return located;
    }

    /** The pointer and its ancestors, longest first: "/a/b", "/a", "". */
    private static List<String> prefixes(String pointer) {
        List<String> prefixes = new ArrayList<>();
        String current = pointer;
        while (true) {
            prefixes.add(current);
            int slash = current.lastIndexOf('/');
            if (slash < 0) {
                return prefixes;
            }
            current = current.substring(0, slash);
        }
    }

    /** Refuses, before any parsing, what the content shows is no text at all: an empty file, a PDF, a zip, XML. */
    private static void refuseWhatIsNotText(Artifact artifact) throws ArtifactException {
        switch (artifact.mediaType()) {
            case MediaTypes.EMPTY -> throw new ArtifactException("json.empty", artifact.name());
            case MediaTypes.PDF, MediaTypes.ZIP, MediaTypes.DOCX, MediaTypes.XLSX, MediaTypes.BINARY, MediaTypes.XML ->
                    throw new ArtifactException("json.notJson", artifact.name(), MediaTypes.shortName(artifact.mediaType()));
            default -> {
                // text of some kind: the parser decides
            }
        }
    }

    private static boolean isBlank(byte[] text) {
        for (byte b : text) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}

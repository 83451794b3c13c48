package org.normative.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Keeps the documentation honest: every relative link in {@code docs/**}{@code /*.md} and the root {@code README.md}
 * points at a file (or folder) that exists. Web and mail links and pure {@code #anchors} are not checked; a
 * {@code #fragment} after a path is dropped before the check. Links inside code blocks and code spans are text,
 * not links.
 */
class DocsLinksTest {

    /** {@code [text](target)} and {@code ![alt](target)}, with an optional {@code "title"} after the target. */
    private static final Pattern INLINE_LINK =
            Pattern.compile("!?\\[(?:[^\\[\\]]|\\[[^\\[\\]]*])*]\\(\\s*(<[^>]*>|[^\\s)]+)(?:\\s+(?:\"[^\"]*\"|'[^']*'|\\([^)]*\\)))?\\s*\\)");
    /** Reference definitions: {@code [id]: target "title"} at the start of a line. */
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+]:\\s*(<[^>]*>|\\S+)");
    /** A code span: backticks, then anything up to the same run of backticks, within one paragraph. */
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:(?!\\n[ \\t]*\\n).)*?\\1", Pattern.DOTALL);
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private final Path docs = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();

    @Test
    void everyRelativeLinkInTheDocsPointsAtAnExistingFile() {
        List<Path> pages = markdownPages();
        assertThat(pages).as("Markdown pages under %s", docs).contains(docs.resolve("README.md"));

        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : pages) {
            for (Link link : links(read(page))) {
                if (!isChecked(link.target())) {
                    continue;
                }
                checked++;
                Path resolved = resolve(page, link.target());
                if (!Files.exists(resolved)) {
                    broken.add(docs.relativize(page) + ":" + link.line() + ": " + link.target()
                            + " (no such file: " + docs.relativize(resolved) + ")");
                }
            }
        }

        assertThat(checked).as("relative links found in %s", pages).isPositive();
        assertThat(broken).as("broken relative links (file:line: target)").isEmpty();
    }

    @Test
    void linksAreFoundInTextButNotInCode() {
        String markdown = String.join("\n",
                "See [the guide](user-guide.md#start) and ![shot](images/a.png \"A shot\").",
                "Inline code `[not](a-link.md)` is text, and so is a span over two lines: `[not",
                "](b.md)` [this](c.md) is a link again.",
                "```",
                "[not](in-a-fence.md)",
                "```",
                "[ref]: adr/0001-record-decisions.md",
                "[web](https://example.org) [mail](mailto:a@b.c) [anchor](#top) [nested [brackets]](<with space.md>)");

        assertThat(links(markdown)).extracting(Link::target).containsExactly(
                "user-guide.md#start", "images/a.png", "c.md", "adr/0001-record-decisions.md",
                "https://example.org", "mailto:a@b.c", "#top", "with space.md");
        assertThat(links(markdown)).extracting(Link::line).containsExactly(1, 1, 3, 7, 8, 8, 8, 8);
        assertThat(Stream.of("https://example.org", "HTTP://x", "mailto:a@b.c", "#top", "a.md#x", "../README.md"))
                .filteredOn(DocsLinksTest::isChecked)
                .containsExactly("a.md#x", "../README.md");
    }

    private List<Path> markdownPages() {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(docs)) {
            pages = files
                    .filter(p -> !docs.relativize(p).startsWith("target"))
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .collect(Collectors.toCollection(ArrayList::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path rootReadme = docs.resolveSibling("README.md");
        if (Files.isRegularFile(rootReadme)) {
            pages.add(rootReadme);
        }
        return pages;
    }

    record Link(int line, String target) {
    }

    static List<Link> links(String markdown) {
        // Blank out fenced code blocks and code spans (which may run over a line break) so that neither is read as
        // links, keeping the line breaks so that line numbers stay right.
        String[] lines = markdown.split("\r?\n", -1);
        String openFence = null;
        for (int i = 0; i < lines.length; i++) {
            Matcher fence = FENCE.matcher(lines[i]);
            if (fence.find()) {
                String marker = fence.group(1);
                if (openFence == null) {
                    openFence = marker;
                } else if (marker.charAt(0) == openFence.charAt(0) && marker.length() >= openFence.length()) {
                    openFence = null;
                }
                lines[i] = "";
            } else if (openFence != null) {
                lines[i] = "";
            }
        }
        String text = CODE_SPAN.matcher(String.join("\n", lines))
                .replaceAll(span -> "\n".repeat((int) span.group().chars().filter(c -> c == '\n').count()));

        List<Link> links = new ArrayList<>();
        String[] prose = text.split("\n", -1);
        for (int i = 0; i < prose.length; i++) {
            Matcher definition = REFERENCE_DEFINITION.matcher(prose[i]);
            if (definition.find()) {
                links.add(new Link(i + 1, unwrap(definition.group(1))));
                continue;
            }
            Matcher inline = INLINE_LINK.matcher(prose[i]);
            while (inline.find()) {
                links.add(new Link(i + 1, unwrap(inline.group(1))));
            }
        }
        return links;
    }

    static boolean isChecked(String target) {
        String lower = target.toLowerCase(Locale.ROOT);
        return !(target.isEmpty() || target.startsWith("#")
                || lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:"));
    }

    private static String unwrap(String target) {
        return target.startsWith("<") && target.endsWith(">") ? target.substring(1, target.length() - 1) : target;
    }

    private Path resolve(Path page, String target) {
        String path = target;
        int hash = path.indexOf('#');
        if (hash >= 0) {
            path = path.substring(0, hash);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        // as on GitHub, a leading slash means the root of the repository
        Path base = path.startsWith("/") ? docs.getParent() : page.getParent();
        return base.resolve(path.replaceFirst("^/+", "")).normalize();
    }

    private static String read(Path page) {
        try {
            return Files.readString(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

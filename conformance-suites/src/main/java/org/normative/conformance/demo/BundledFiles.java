package org.normative.conformance.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.TreeSet;

/**
 * Files shipped on the class path under a folder with an {@code index.txt} that lists them (a jar cannot be listed;
 * a test keeps the index in step with the folder).
 */
final class BundledFiles {

    private final String folder;

    BundledFiles(String folder) {
        this.folder = folder;
    }

    List<String> files() throws IOException {
        try (InputStream in = resource("index.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        }
    }

    /** The top-level folders: one per suite or per submission. */
    List<String> groups() throws IOException {
        return List.copyOf(new TreeSet<>(files().stream().map(f -> f.substring(0, f.indexOf('/'))).toList()));
    }

    /** Copies one group's files into {@code target/<group>/}. */
    Path copyGroup(String group, Path target) throws IOException {
        for (String file : files()) {
            if (file.startsWith(group + "/")) {
                Path to = target.resolve(file);
                Files.createDirectories(to.getParent());
                try (InputStream in = resource(file)) {
                    Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target.resolve(group);
    }

    private InputStream resource(String name) throws IOException {
        InputStream in = BundledFiles.class.getResourceAsStream("/org/normative/conformance/" + folder + "/" + name);
        if (in == null) {
            throw new IOException("the bundled file " + folder + "/" + name + " is missing from the build");
        }
        return in;
    }
}

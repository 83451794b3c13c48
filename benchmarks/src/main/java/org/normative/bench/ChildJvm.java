package org.normative.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A benchmark in a JVM of its own, on this JVM's class path: so that its heap is bounded by its own {@code -Xmx}
 * and its peak is not mixed with another benchmark's garbage. Its output is echoed as it comes; lines starting with
 * {@value #RESULT} are handed back to the caller.
 */
public final class ChildJvm {

    public static final String RESULT = "bench-result ";

    private final List<String> options = new ArrayList<>();
    private final Map<String, String> environment = new HashMap<>();
    private String resultPrefix = RESULT;

    public ChildJvm(String... options) {
        this.options.addAll(List.of(options));
    }

    /** Sets an environment variable of the child (a data folder of its own, for instance). */
    public ChildJvm environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Hands back the lines that start with {@code prefix} instead of {@value #RESULT}: for a program that is not ours. */
    public ChildJvm resultsPrefixed(String prefix) {
        resultPrefix = prefix;
        return this;
    }

    /** Runs {@code main} with {@code args} and returns its result lines (the prefix removed). */
    public List<String> run(Class<?> main, String... args) throws IOException, InterruptedException {
        return run(main.getName(), args);
    }

    /** Runs the class named {@code main}. */
    public List<String> run(String main, String... args) throws IOException, InterruptedException {
        return runOn(System.getProperty("java.class.path"), main, args);
    }

    /** Runs the class named {@code main} on another class path (the app's jar, whose manifest names its libraries). */
    public List<String> runOn(String classPath, String main, String... args) throws IOException, InterruptedException {
        return start(List.of("-cp", classPath, main), args);
    }

    private List<String> start(List<String> what, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dfile.encoding=UTF-8");
        command.addAll(options);
        command.addAll(what);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        List<String> results = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                System.out.println("  " + line);
                if (line.startsWith(resultPrefix)) {
                    results.add(line.substring(resultPrefix.length()));
                }
            }
        }
        int status = process.waitFor();
        if (status != 0) {
            throw new IOException(String.join(" ", what.subList(what.size() - 1, what.size())) + " exited with status " + status);
        }
        return results;
    }
}

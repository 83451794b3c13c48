package org.normative.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One benchmark's page under {@code docs/}: a title, what was generated and how it was run, the machine, and a table
 * of measurements. A row with a target says in its note whether the target was met, in words the summary collects
 * ({@link PerformanceSummary}).
 */
public final class BenchmarkPage {

    private final String title;
    private final String description;
    private final List<String> rows = new ArrayList<>();
    private final List<String> sections = new ArrayList<>();

    public BenchmarkPage(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public BenchmarkPage row(String measurement, String result, String note) {
        rows.add("| " + cell(measurement) + " | " + cell(result) + " | " + cell(note) + " |");
        return this;
    }

    /** A row with a target: the note reads "target ...: met" or "target ...: missed". */
    public BenchmarkPage target(String measurement, String result, String target, boolean met) {
        return target(measurement, result, target, met, "");
    }

    /** A row with a target and something more to say about it. */
    public BenchmarkPage target(String measurement, String result, String target, boolean met, String note) {
        return row(measurement, result, "target " + target + ": " + (met ? "met" : "missed") + (note.isEmpty() ? "" : "; " + note));
    }

    /** Free text after the table: a profile, a caveat. */
    public BenchmarkPage section(String heading, String markdown) {
        sections.add("## " + heading + "\n\n" + markdown.strip() + "\n");
        return this;
    }

    public String markdown(String machine) {
        StringBuilder page = new StringBuilder("# ").append(title).append("\n\n").append(description.strip()).append("\n\n")
                .append("Machine: ").append(machine).append(".\n\n")
                .append("| measurement | result | note |\n|---|---|---|\n");
        rows.forEach(row -> page.append(row).append('\n'));
        sections.forEach(section -> page.append('\n').append(section));
        return page.toString();
    }

    /** Writes the page with the machine this JVM runs on, and prints it. */
    public void write(Path file) throws IOException {
        String markdown = markdown(Machine.describe());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, markdown, StandardCharsets.UTF_8);
        System.out.print(markdown);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace('\n', ' ');
    }

    public static String seconds(double seconds) {
        return String.format(Locale.ROOT, seconds < 10 ? "%.2f s" : "%.1f s", seconds);
    }

    public static String megabytesPerSecond(double value) {
        return String.format(Locale.ROOT, "%.1f MB/s", value);
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
